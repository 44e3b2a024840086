<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="ru">
<context>
    <name>AgenciesTab</name>
    <message>
        <source>Участники межведомственного взаимодействия: их выбирают ответственными в планах и адресатами запросов. Организацию, с которой центр больше не работает, не удаляют, а отмечают как недействующую: в старых делах она остаётся.</source>
        <translation>Удзельнікі міжведамаснага ўзаемадзеяння: іх выбіраюць адказнымі ў планах і адрасатамі запытаў. Арганізацыю, з якой цэнтр больш не працуе, не выдаляюць, а адзначаюць як недзейную: у старых справах яна застаецца.</translation>
    </message>
    <message>
        <source>Название</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation>Адрас</translation>
    </message>
    <message>
        <source>Телефон</source>
        <translation>Тэлефон</translation>
    </message>
    <message>
        <source>Контактное лицо</source>
        <translation>Кантактная асоба</translation>
    </message>
    <message>
        <source>Действует</source>
        <translation>Дзейнічае</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Организация</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <source>Новая организация</source>
        <translation>Новая арганізацыя</translation>
    </message>
    <message>
        <source>Фамилия, имя, отчество, должность</source>
        <translation>Прозвішча, імя, імя па бацьку, пасада</translation>
    </message>
    <message>
        <source>&amp;Действует (можно выбирать в планах и запросах)</source>
        <translation>&amp;Дзейнічае (можна выбіраць у планах і запытах)</translation>
    </message>
    <message>
        <source>&amp;Название*:</source>
        <translation>&amp;Назва*:</translation>
    </message>
    <message>
        <source>&amp;Вид:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <source>&amp;Адрес:</source>
        <translation>&amp;Адрас:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation>&amp;Тэлефон:</translation>
    </message>
    <message>
        <source>&amp;Контактное лицо:</source>
        <translation>&amp;Кантактная асоба:</translation>
    </message>
    <message>
        <source>* — обязательное поле. Организацию не удаляют: снимите отметку «Действует».</source>
        <translation>* — абавязковае поле. Арганізацыю не выдаляюць: зніміце адзнаку «Дзейнічае».</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Повестка по дням</source>
        <translation>Справы па днях</translation>
    </message>
    <message>
        <source>сегодня</source>
        <translation>сёння</translation>
    </message>
    <message>
        <source>ничего не назначено</source>
        <translation>нічога не прызначана</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Не удалось открыть базу данных</source>
        <translation>Не ўдалося адкрыць базу даных</translation>
    </message>
    <message>
        <source>Не удалось открыть базу данных: {error}</source>
        <translation>Не ўдалося адкрыць базу даных: {error}</translation>
    </message>
</context>
<context>
    <name>ApplicationSection</name>
    <message>
        <source>Текст заявления</source>
        <translation>Тэкст заявы</translation>
    </message>
    <message>
        <source>Заявление не зарегистрировано.</source>
        <translation>Заява не зарэгістравана.</translation>
    </message>
    <message>
        <source>Заявление</source>
        <translation>Заява</translation>
    </message>
    <message>
        <source>Номер:</source>
        <translation>Нумар:</translation>
    </message>
    <message>
        <source>Дата:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Заявитель:</source>
        <translation>Заяўнік:</translation>
    </message>
    <message>
        <source>Источник обращения:</source>
        <translation>Крыніца звароту:</translation>
    </message>
    <message>
        <source>Принял(а):</source>
        <translation>Прыняў(ла):</translation>
    </message>
    <message>
        <source>Срок обследования:</source>
        <translation>Тэрмін абследавання:</translation>
    </message>
    <message>
        <source>&amp;Текст заявления:</source>
        <translation>&amp;Тэкст заявы:</translation>
    </message>
    <message>
        <source>{source} ({note})</source>
        <translation>{source} ({note})</translation>
    </message>
    <message>
        <source>не указано</source>
        <translation>не пазначана</translation>
    </message>
    <message>
        <source>{deadline} (обследование проведено {date}, в срок)</source>
        <translation>{deadline} (абследаванне праведзена {date}, у тэрмін)</translation>
    </message>
    <message>
        <source>{deadline} (обследование проведено {date}, после срока)</source>
        <translation>{deadline} (абследаванне праведзена {date}, пасля тэрміну)</translation>
    </message>
    <message>
        <source>{deadline} (акта обследования ещё нет: см. раздел «Обследование»)</source>
        <translation>{deadline} (акта абследавання яшчэ няма: гл. раздзел «Абследаванне»)</translation>
    </message>
</context>
<context>
    <name>CalendarEntries</name>
    <message>
        <source>праздник</source>
        <translation>свята</translation>
    </message>
    <message>
        <source>выходной (перенос)</source>
        <translation>выхадны (перанос)</translation>
    </message>
    <message>
        <source>рабочий день (перенос)</source>
        <translation>працоўны дзень (перанос)</translation>
    </message>
    <message>
        <source>выходной</source>
        <translation>выхадны</translation>
    </message>
    <message>
        <source>рабочий день</source>
        <translation>працоўны дзень</translation>
    </message>
    <message>
        <source>Пн</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Вт</source>
        <translation>Аў</translation>
    </message>
    <message>
        <source>Ср</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Чт</source>
        <translation>Чц</translation>
    </message>
    <message>
        <source>Пт</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Сб</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Вс</source>
        <translation>Нд</translation>
    </message>
    <message>
        <source>Январь</source>
        <translation>Студзень</translation>
    </message>
    <message>
        <source>Февраль</source>
        <translation>Люты</translation>
    </message>
    <message>
        <source>Март</source>
        <translation>Сакавік</translation>
    </message>
    <message>
        <source>Апрель</source>
        <translation>Красавік</translation>
    </message>
    <message>
        <source>Май</source>
        <translation>Май</translation>
    </message>
    <message>
        <source>Июнь</source>
        <translation>Чэрвень</translation>
    </message>
    <message>
        <source>Июль</source>
        <translation>Ліпень</translation>
    </message>
    <message>
        <source>Август</source>
        <translation>Жнівень</translation>
    </message>
    <message>
        <source>Сентябрь</source>
        <translation>Верасень</translation>
    </message>
    <message>
        <source>Октябрь</source>
        <translation>Кастрычнік</translation>
    </message>
    <message>
        <source>Ноябрь</source>
        <translation>Лістапад</translation>
    </message>
    <message>
        <source>Декабрь</source>
        <translation>Снежань</translation>
    </message>
    <message>
        <source>станет под угрозой без посещения: нужно ещё {n} до {end}</source>
        <translation>апынецца пад пагрозай без наведвання: трэба яшчэ {n} да {end}</translation>
    </message>
    <message>
        <source>под угрозой: нужно ещё {n} до {end}</source>
        <translation>пад пагрозай: трэба яшчэ {n} да {end}</translation>
    </message>
    <message>
        <source>норма ({type}) {start}–{end}: {done} из {required}, {status}</source>
        <translation>норма ({type}) {start}–{end}: {done} з {required}, {status}</translation>
    </message>
    <message>
        <source>станет под угрозой</source>
        <translation>апынецца пад пагрозай</translation>
    </message>
    <message>
        <source>запланировано посещение</source>
        <translation>запланавана наведванне</translation>
    </message>
    <message>
        <source>план</source>
        <translation>план</translation>
    </message>
    <message>
        <source>в норму</source>
        <translation>у норму</translation>
    </message>
    <message>
        <source>не в норму</source>
        <translation>не ў норму</translation>
    </message>
    <message>
        <source>посещений: {n}</source>
        <translation>наведванняў: {n}</translation>
    </message>
    <message>
        <source>запланировано: {n}</source>
        <translation>запланавана: {n}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>◀ Назад</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Предыдущий период (PgUp)</source>
        <translation>Папярэдні перыяд (PgUp)</translation>
    </message>
    <message>
        <source>&amp;Сегодня</source>
        <translation>&amp;Сёння</translation>
    </message>
    <message>
        <source>Перейти к сегодняшнему дню (Home)</source>
        <translation>Перайсці да сённяшняга дня (Home)</translation>
    </message>
    <message>
        <source>Вперёд ▶</source>
        <translation>Наперад ▶</translation>
    </message>
    <message>
        <source>Следующий период (PgDown)</source>
        <translation>Наступны перыяд (PgDown)</translation>
    </message>
    <message>
        <source>&amp;Месяц</source>
        <translation>&amp;Месяц</translation>
    </message>
    <message>
        <source>&amp;Неделя</source>
        <translation>&amp;Тыдзень</translation>
    </message>
    <message>
        <source>&amp;Повестка</source>
        <translation>&amp;Парадак дня</translation>
    </message>
    <message>
        <source>Се&amp;мьи:</source>
        <translation>Се&amp;м&apos;і:</translation>
    </message>
    <message>
        <source>Обозначения:</source>
        <translation>Умоўныя абазначэнні:</translation>
    </message>
    <message>
        <source>посещения</source>
        <translation>наведванні</translation>
    </message>
    <message>
        <source>запланировано</source>
        <translation>запланавана</translation>
    </message>
    <message>
        <source>праздник</source>
        <translation>свята</translation>
    </message>
    <message>
        <source>перенесённый выходной</source>
        <translation>перанесены выхадны</translation>
    </message>
    <message>
        <source>рабочая суббота</source>
        <translation>працоўная субота</translation>
    </message>
    <message>
        <source>Окна нормы показаны в день окончания и в день, когда станут под угрозой</source>
        <translation>Вокны нормы паказаны ў дзень заканчэння і ў дзень, калі апынуцца пад пагрозай</translation>
    </message>
    <message>
        <source>Загрузка календаря…</source>
        <translation>Загрузка календара…</translation>
    </message>
    <message>
        <source>Не удалось загрузить календарь</source>
        <translation>Не ўдалося загрузіць каляндар</translation>
    </message>
    <message>
        <source>Неделя {start} – {end}</source>
        <translation>Тыдзень {start} – {end}</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Рабочие дни считаются по календарю Республики Беларусь: понедельник–пятница, кроме государственных праздников и перенесённых выходных. Переносы правительство устанавливает каждый год, и программа на компьютере без интернета может о них не знать. Внесите переносы года сами, например: «20 апреля — выходной, суббота 25 апреля — рабочий день». Поправки центра важнее календаря программы: по ним считаются сроки (обследование в течение 3 рабочих дней) и нормы посещений.</source>
        <translation>Працоўныя дні лічацца па календары Рэспублікі Беларусь: панядзелак–пятніца, акрамя дзяржаўных святаў і перанесеных выхадных. Пераносы ўрад устанаўлівае кожны год, і праграма на камп&apos;ютары без інтэрнэту можа пра іх не ведаць. Унясіце пераносы года самі, напрыклад: «20 красавіка — выхадны, субота 25 красавіка — працоўны дзень». Папраўкі цэнтра важнейшыя за каляндар праграмы: па іх лічацца тэрміны (абследаванне на працягу 3 працоўных дзён) і нормы наведванняў.</translation>
    </message>
    <message>
        <source>Поправки центра</source>
        <translation>Папраўкі цэнтра</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>День недели</source>
        <translation>Дзень тыдня</translation>
    </message>
    <message>
        <source>Считается</source>
        <translation>Лічыцца</translation>
    </message>
    <message>
        <source>По календарю программы</source>
        <translation>Па календары праграмы</translation>
    </message>
    <message>
        <source>Примечание</source>
        <translation>Заўвага</translation>
    </message>
    <message>
        <source>&amp;Удалить поправку</source>
        <translation>&amp;Выдаліць папраўку</translation>
    </message>
    <message>
        <source>&amp;Рабочий день</source>
        <translation>&amp;Працоўны дзень</translation>
    </message>
    <message>
        <source>В&amp;ыходной</source>
        <translation>В&amp;ыхадны</translation>
    </message>
    <message>
        <source>например: перенесено с 25.04 (постановление Совмина)</source>
        <translation>напрыклад: перанесена з 25.04 (пастанова Саўміна)</translation>
    </message>
    <message>
        <source>Вн&amp;ести в календарь</source>
        <translation>Ун&amp;есці ў каляндар</translation>
    </message>
    <message>
        <source>&amp;Дата:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Считать:</source>
        <translation>Лічыць:</translation>
    </message>
    <message>
        <source>&amp;Примечание:</source>
        <translation>&amp;Заўвага:</translation>
    </message>
    <message>
        <source>Внести или исправить день:</source>
        <translation>Унесці або выправіць дзень:</translation>
    </message>
    <message>
        <source>Праздники и переносы года</source>
        <translation>Святы і пераносы года</translation>
    </message>
    <message>
        <source>&amp;Год:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Праздник или перенос</source>
        <translation>Свята або перанос</translation>
    </message>
    <message>
        <source>Enter или двойной щелчок по строке переносит дату в форму поправки.</source>
        <translation>Enter або двайны пстрык па радку пераносіць дату ў форму папраўкі.</translation>
    </message>
    <message>
        <source>рабочий день</source>
        <translation>працоўны дзень</translation>
    </message>
    <message>
        <source>выходной</source>
        <translation>выхадны</translation>
    </message>
    <message>
        <source>рабочий день (перенос)</source>
        <translation>працоўны дзень (перанос)</translation>
    </message>
    <message>
        <source>выходной — {holiday}</source>
        <translation>выхадны — {holiday}</translation>
    </message>
    <message>
        <source>выходной (перенос)</source>
        <translation>выхадны (перанос)</translation>
    </message>
    <message>
        <source>обычный день: {state}</source>
        <translation>звычайны дзень: {state}</translation>
    </message>
    <message>
        <source>рабочий</source>
        <translation>працоўны</translation>
    </message>
    <message>
        <source>{state} (поправка центра)</source>
        <translation>{state} (папраўка цэнтра)</translation>
    </message>
    <message>
        <source>Переносы рабочих дней на {year} год программа знает. Сверьте их с постановлением Совета Министров; если что-то не так, исправьте поправкой центра.</source>
        <translation>Пераносы працоўных дзён на {year} год праграма ведае. Звярыце іх з пастановай Савета Міністраў; калі нешта не так, выпраўце папраўкай цэнтра.</translation>
    </message>
    <message>
        <source>Переносов рабочих дней на {year} год в календаре программы нет. Если они установлены постановлением Совета Министров, внесите их как поправки центра.</source>
        <translation>Пераносаў працоўных дзён на {year} год у календары праграмы няма. Калі яны ўстаноўлены пастановай Савета Міністраў, унясіце іх як папраўкі цэнтра.</translation>
    </message>
    <message>
        <source>По календарю программы: {state}.</source>
        <translation>Па календары праграмы: {state}.</translation>
    </message>
    <message>
        <source>Поправка на этот день уже внесена; сохранение заменит её.</source>
        <translation>Папраўка на гэты дзень ужо ўнесена; захаванне заменіць яе.</translation>
    </message>
    <message>
        <source>Выбрано то же самое: поправка не нужна.</source>
        <translation>Выбрана тое самае: папраўка не патрэбна.</translation>
    </message>
    <message>
        <source>Удалить поправку</source>
        <translation>Выдаліць папраўку</translation>
    </message>
    <message>
        <source>Удалить поправку на {date}? День снова будет считаться по календарю программы: {state}.</source>
        <translation>Выдаліць папраўку на {date}? Дзень зноў будзе лічыцца па календары праграмы: {state}.</translation>
    </message>
</context>
<context>
    <name>CardSection</name>
    <message>
        <source>Печать…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Просмотр документа для печати и сохранения в PDF (Ctrl+P)</source>
        <translation>Прагляд дакумента для друку і захавання ў PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Предупреждение</source>
        <translation>Папярэджанне</translation>
    </message>
    <message>
        <source>{warnings}

Всё равно продолжить?</source>
        <translation>{warnings}

Усё роўна працягнуць?</translation>
    </message>
</context>
<context>
    <name>CentreSetupDialog</name>
    <message>
        <source>Настроить центр обмена</source>
        <translation>Наладзіць цэнтр абмену</translation>
    </message>
    <message>
        <source>Эта база станет центром обмена: в ней будут созданы ключи центра. Специалисты, которые работают на ноутбуках без сети, подключают ноутбук к центру по файлу регистрации (Справочники → Специалисты → «Файл регистрации ноутбука…») и затем привозят на флешке пакеты со своими изменениями; центр принимает их («Обмен → Приём пакетов…») и выгружает специалисту ответ. Все пакеты зашифрованы и подписаны. Настраивают центр один раз, в базе, которая хранит данные всего центра.</source>
        <translation>Гэтая база стане цэнтрам абмену: у ёй будуць створаны ключы цэнтра. Спецыялісты, якія працуюць на ноўтбуках без сеткі, падключаюць ноўтбук да цэнтра па файле рэгістрацыі (Даведнікі → Спецыялісты → «Файл рэгістрацыі ноўтбука…») і потым прывозяць на флэшцы пакеты са сваімі зменамі; цэнтр прымае іх («Абмен → Прыём пакетаў…») і выгружае спецыялісту адказ. Усе пакеты зашыфраваныя і падпісаныя. Цэнтр наладжваюць адзін раз, у базе, якая захоўвае даныя ўсяго цэнтра.</translation>
    </message>
    <message>
        <source>&amp;Настроить центр обмена</source>
        <translation>&amp;Наладзіць цэнтр абмену</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
    <message>
        <source>Центр обмена не настроен.</source>
        <translation>Цэнтр абмену не наладжаны.</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>— без привязки к проблеме —</source>
        <translation>— без прывязкі да праблемы —</translation>
    </message>
    <message>
        <source>— не выбран —</source>
        <translation>— не выбраны —</translation>
    </message>
    <message>
        <source>Специалисты центра</source>
        <translation>Спецыялісты цэнтра</translation>
    </message>
    <message>
        <source>Организации (межведомственное взаимодействие)</source>
        <translation>Арганізацыі (міжведамаснае ўзаемадзеянне)</translation>
    </message>
    <message>
        <source>{name} (не работает)</source>
        <translation>{name} (не працуе)</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <source>Итоги</source>
        <translation>Вынікі</translation>
    </message>
    <message>
        <source>обязательно для «иной причины»</source>
        <translation>абавязкова для «іншай прычыны»</translation>
    </message>
    <message>
        <source>Как изменилась ситуация семьи за время патроната</source>
        <translation>Як змянілася сітуацыя сям&apos;і за час патранату</translation>
    </message>
    <message>
        <source>Например: снять семью с социального патроната</source>
        <translation>Напрыклад: зняць сям&apos;ю з сацыяльнага патранату</translation>
    </message>
    <message>
        <source>Цель</source>
        <translation>Мэта</translation>
    </message>
    <message>
        <source>Мероприятие</source>
        <translation>Мерапрыемства</translation>
    </message>
    <message>
        <source>Отметка плана</source>
        <translation>Адзнака плана</translation>
    </message>
    <message>
        <source>Результат*</source>
        <translation>Вынік*</translation>
    </message>
    <message>
        <source>Цели плана и их результаты</source>
        <translation>Мэты плана і іх вынікі</translation>
    </message>
    <message>
        <source>План не составлен: итогов по целям нет.</source>
        <translation>План не складзены: вынікаў па мэтах няма.</translation>
    </message>
    <message>
        <source>&amp;Закрыть случай…</source>
        <translation>&amp;Закрыць выпадак…</translation>
    </message>
    <message>
        <source>&amp;Дата закрытия*:</source>
        <translation>&amp;Дата закрыцця*:</translation>
    </message>
    <message>
        <source>&amp;Причина*:</source>
        <translation>&amp;Прычына*:</translation>
    </message>
    <message>
        <source>По&amp;яснение:</source>
        <translation>Т&amp;лумачэнне:</translation>
    </message>
    <message>
        <source>Ди&amp;намика ситуации*:</source>
        <translation>Ды&amp;наміка сітуацыі*:</translation>
    </message>
    <message>
        <source>&amp;Решение*:</source>
        <translation>&amp;Рашэнне*:</translation>
    </message>
    <message>
        <source>Цели действующего плана и их результа&amp;ты (F2 — ввести результат):</source>
        <translation>Мэты дзейнага плана і іх вынік&amp;і (F2 — увесці вынік):</translation>
    </message>
    <message>
        <source>&amp;Итог*:</source>
        <translation>&amp;Вынік*:</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>Причина закрытия:</source>
        <translation>Прычына закрыцця:</translation>
    </message>
    <message>
        <source>Итог:</source>
        <translation>Вынік:</translation>
    </message>
    <message>
        <source>Динамика ситуации:</source>
        <translation>Дынаміка сітуацыі:</translation>
    </message>
    <message>
        <source>Решение:</source>
        <translation>Рашэнне:</translation>
    </message>
    <message>
        <source>Цели плана и их результаты:</source>
        <translation>Мэты плана і іх вынікі:</translation>
    </message>
    <message>
        <source>Случай закрыт {date}. Изменения в деле невозможны.</source>
        <translation>Выпадак закрыты {date}. Змены ў справе немагчымыя.</translation>
    </message>
    <message>
        <source>Закрытие случая</source>
        <translation>Закрыццё выпадку</translation>
    </message>
    <message>
        <source>Закрыть случай? После закрытия изменения невозможны.</source>
        <translation>Закрыць выпадак? Пасля закрыцця змены немагчымыя.</translation>
    </message>
</context>
<context>
    <name>ComplianceSection</name>
    <message>
        <source>Период, окно нормы, посещение</source>
        <translation>Перыяд, акно нормы, наведванне</translation>
    </message>
    <message>
        <source>Посещений</source>
        <translation>Наведванняў</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Соблюдение норм по окнам</source>
        <translation>Выкананне норм па вокнах</translation>
    </message>
    <message>
        <source>Соблюдение норм</source>
        <translation>Выкананне норм</translation>
    </message>
    <message>
        <source>по настоящее время</source>
        <translation>па цяперашні час</translation>
    </message>
    <message>
        <source>{type} патронат: {start} – {end}</source>
        <translation>{type} патранат: {start} – {end}</translation>
    </message>
    <message>
        <source>(неполное окно)</source>
        <translation>(няпоўнае акно)</translation>
    </message>
    <message>
        <source>{done} из {required}</source>
        <translation>{done} з {required}</translation>
    </message>
    <message>
        <source>Окон нормы пока нет: нет действующего договора с видом патроната.</source>
        <translation>Вокнаў нормы пакуль няма: няма дзейнага дагавора з відам патранату.</translation>
    </message>
    <message>
        <source>Окон нормы: {total}, выполнено: {met}, не выполнено: {missed}.</source>
        <translation>Вокнаў нормы: {total}, выканана: {met}, не выканана: {missed}.</translation>
    </message>
    <message>
        <source>Текущее окно {start} – {end}: {done} из {required}, {status}.</source>
        <translation>Бягучае акно {start} – {end}: {done} з {required}, {status}.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Конфликты</source>
        <translation>Канфлікты</translation>
    </message>
    <message>
        <source>Дело</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Что</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Сохранить &amp;объединённое</source>
        <translation>Захаваць &amp;аб&apos;яднанае</translation>
    </message>
    <message>
        <source>Объединить вручную</source>
        <translation>Аб&apos;яднаць уручную</translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation>&amp;Закрыць</translation>
    </message>
    <message>
        <source>Загрузка конфликтов…</source>
        <translation>Загрузка канфліктаў…</translation>
    </message>
    <message>
        <source>✔ Открытых конфликтов нет.</source>
        <translation>✔ Адкрытых канфліктаў няма.</translation>
    </message>
    <message>
        <source>Не удалось загрузить конфликты.</source>
        <translation>Не ўдалося загрузіць канфлікты.</translation>
    </message>
    <message>
        <source>Открытых конфликтов: {n}</source>
        <translation>Адкрытых канфліктаў: {n}</translation>
    </message>
    <message>
        <source>Поле изменено в двух местах</source>
        <translation>Поле зменена ў двух месцах</translation>
    </message>
    <message>
        <source>Удаление и правка</source>
        <translation>Выдаленне і праўка</translation>
    </message>
    <message>
        <source>Запись без родительской</source>
        <translation>Запіс без бацькоўскага</translation>
    </message>
    <message>
        <source>Центр</source>
        <translation>Цэнтр</translation>
    </message>
    <message>
        <source>Ноутбук ({login})</source>
        <translation>Ноўтбук ({login})</translation>
    </message>
    <message>
        <source>Дело {case} · {kind} · обнаружен {moment}</source>
        <translation>Справа {case} · {kind} · выяўлены {moment}</translation>
    </message>
    <message>
        <source>Оставить &amp;это</source>
        <translation>Пакінуць &amp;гэта</translation>
    </message>
    <message>
        <source>Оставить &amp;то</source>
        <translation>Пакінуць &amp;тое</translation>
    </message>
    <message>
        <source>Оставить версию {n}</source>
        <translation>Пакінуць версію {n}</translation>
    </message>
    <message>
        <source>Версия {n}: {device}</source>
        <translation>Версія {n}: {device}</translation>
    </message>
    <message>
        <source>✔ Все конфликты решены.</source>
        <translation>✔ Усе канфлікты вырашаны.</translation>
    </message>
    <message>
        <source>Конфликт решён: {label}. Открытых конфликтов: {n}</source>
        <translation>Канфлікт вырашаны: {label}. Адкрытых канфліктаў: {n}</translation>
    </message>
</context>
<context>
    <name>ContractAmendDialog</name>
    <message>
        <source>Изменение договора</source>
        <translation>Змяненне дагавора</translation>
    </message>
    <message>
        <source>Изменение условий договора</source>
        <translation>Змяненне ўмоў дагавора</translation>
    </message>
    <message>
        <source>Версия {n} подписана семьёй. Изменения сохранятся как версия {next}: её нужно распечатать и подписать заново; подписанная версия остаётся в деле.</source>
        <translation>Версія {n} падпісана сям&apos;ёй. Змены захаваюцца як версія {next}: яе трэба раздрукаваць і падпісаць нанава; падпісаная версія застаецца ў справе.</translation>
    </message>
    <message>
        <source>Версия {n} ещё не подписана: изменения вносятся в неё.</source>
        <translation>Версія {n} яшчэ не падпісана: змены ўносяцца ў яе.</translation>
    </message>
    <message>
        <source>&amp;Форма обслуживания:</source>
        <translation>&amp;Форма абслугоўвання:</translation>
    </message>
    <message>
        <source>&amp;Начало срока:</source>
        <translation>&amp;Пачатак тэрміну:</translation>
    </message>
    <message>
        <source>&amp;Окончание срока:</source>
        <translation>&amp;Заканчэнне тэрміну:</translation>
    </message>
    <message>
        <source>Сохранить изменения</source>
        <translation>Захаваць змены</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
</context>
<context>
    <name>ContractSection</name>
    <message>
        <source>Договор</source>
        <translation>Дагавор</translation>
    </message>
    <message>
        <source>Договор безвозмездного оказания социальных услуг</source>
        <translation>Дагавор бязвыплатнага аказання сацыяльных паслуг</translation>
    </message>
    <message>
        <source>оставьте пустым — номер присвоится автоматически</source>
        <translation>пакіньце пустым — нумар прысвоіцца аўтаматычна</translation>
    </message>
    <message>
        <source>фамилия и инициалы члена семьи</source>
        <translation>прозвішча і ініцыялы члена сям&apos;і</translation>
    </message>
    <message>
        <source>— не устанавливать сейчас —</source>
        <translation>— не ўстанаўліваць зараз —</translation>
    </message>
    <message>
        <source>почему выбран этот вид патроната</source>
        <translation>чаму выбраны гэты від патранату</translation>
    </message>
    <message>
        <source>безвозмездно (0,00 руб.)</source>
        <translation>бязвыплатна (0,00 руб.)</translation>
    </message>
    <message>
        <source>&amp;Заключить договор</source>
        <translation>&amp;Заключыць дагавор</translation>
    </message>
    <message>
        <source>Записать подписанный договор (Ctrl+S)</source>
        <translation>Запісаць падпісаны дагавор (Ctrl+S)</translation>
    </message>
    <message>
        <source>О&amp;чистить форму</source>
        <translation>А&amp;чысціць форму</translation>
    </message>
    <message>
        <source>&amp;с</source>
        <translation>&amp;з</translation>
    </message>
    <message>
        <source>п&amp;о</source>
        <translation>п&amp;а</translation>
    </message>
    <message>
        <source>&amp;Номер договора:</source>
        <translation>&amp;Нумар дагавора:</translation>
    </message>
    <message>
        <source>&amp;Дата договора:</source>
        <translation>&amp;Дата дагавора:</translation>
    </message>
    <message>
        <source>&amp;Форма обслуживания:</source>
        <translation>&amp;Форма абслугоўвання:</translation>
    </message>
    <message>
        <source>Срок договора:</source>
        <translation>Тэрмін дагавора:</translation>
    </message>
    <message>
        <source>&amp;Подписал от семьи:</source>
        <translation>&amp;Падпісаў ад сям&apos;і:</translation>
    </message>
    <message>
        <source>&amp;Вид патроната с начала срока:</source>
        <translation>&amp;Від патранату з пачатку тэрміну:</translation>
    </message>
    <message>
        <source>Основани&amp;е вида патроната:</source>
        <translation>Падстава &amp;віду патранату:</translation>
    </message>
    <message>
        <source>Стоимость:</source>
        <translation>Кошт:</translation>
    </message>
    <message>
        <source>Отметить под&amp;пись семьи…</source>
        <translation>Адзначыць под&amp;піс сям&apos;і…</translation>
    </message>
    <message>
        <source>&amp;Изменить условия…</source>
        <translation>&amp;Змяніць умовы…</translation>
    </message>
    <message>
        <source>Изменение подписанного договора сохраняется новой версией, которую семья подписывает заново.</source>
        <translation>Змяненне падпісанага дагавора захоўваецца новай версіяй, якую сям&apos;я падпісвае нанава.</translation>
    </message>
    <message>
        <source>Форма обслуживания:</source>
        <translation>Форма абслугоўвання:</translation>
    </message>
    <message>
        <source>Подписал от семьи:</source>
        <translation>Падпісаў ад сям&apos;і:</translation>
    </message>
    <message>
        <source>Вид патроната:</source>
        <translation>Від патранату:</translation>
    </message>
    <message>
        <source>Версия и подпись:</source>
        <translation>Версія і подпіс:</translation>
    </message>
    <message>
        <source>Случай закрыт без договора.</source>
        <translation>Выпадак закрыты без дагавора.</translation>
    </message>
    <message>
        <source>✓ План согласован с семьёй {date}: договор можно заключать.</source>
        <translation>✓ План узгоднены з сям&apos;ёй {date}: дагавор можна заключаць.</translation>
    </message>
    <message>
        <source>План ещё не согласован с семьёй.</source>
        <translation>План яшчэ не ўзгоднены з сям&apos;ёй.</translation>
    </message>
    <message>
        <source>План сопровождения ещё не составлен.</source>
        <translation>План суправаджэння яшчэ не складзены.</translation>
    </message>
    <message>
        <source>По правилу центра договор заключается только после согласования плана.</source>
        <translation>Па правіле цэнтра дагавор заключаецца толькі пасля ўзгаднення плана.</translation>
    </message>
    <message>
        <source>Обычно договор заключают после плана; программа попросит подтвердить.</source>
        <translation>Звычайна дагавор заключаюць пасля плана; праграма папросіць пацвердзіць.</translation>
    </message>
    <message>
        <source>Договор № {number} от {date}</source>
        <translation>Дагавор № {number} ад {date}</translation>
    </message>
    <message>
        <source>с {start} по {end}</source>
        <translation>з {start} па {end}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>с {start}</source>
        <translation>з {start}</translation>
    </message>
    <message>
        <source>по {end}</source>
        <translation>па {end}</translation>
    </message>
    <message>
        <source>не установлен</source>
        <translation>не ўстаноўлены</translation>
    </message>
    <message>
        <source>✍ версия {n}, подписана семьёй {date} ({who})</source>
        <translation>✍ версія {n}, падпісана сям&apos;ёй {date} ({who})</translation>
    </message>
    <message>
        <source>отпечаток {fp}</source>
        <translation>адбітак {fp}</translation>
    </message>
    <message>
        <source>✍ версия {n} ещё не подписана семьёй: распечатайте её и отметьте подпись</source>
        <translation>✍ версія {n} яшчэ не падпісана сям&apos;ёй: раздрукуйце яе і адзначце подпіс</translation>
    </message>
    <message>
        <source>Договор № {number}, версия {n}. Отметьте, что семья подписала распечатанный договор.</source>
        <translation>Дагавор № {number}, версія {n}. Адзначце, што сям&apos;я падпісала раздрукаваны дагавор.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Непредвиденная ошибка</source>
        <translation>Непрадбачаная памылка</translation>
    </message>
    <message>
        <source>Произошла непредвиденная ошибка. Несохранённые изменения могли пропасть.</source>
        <translation>Адбылася непрадбачаная памылка. Незахаваныя змены маглі знікнуць.</translation>
    </message>
    <message>
        <source>Отчёт записан в журнал: {path}
Скопируйте подробности и передайте их администратору.</source>
        <translation>Справаздача запісана ў журнал: {path}
Скапіруйце падрабязнасці і перадайце іх адміністратару.</translation>
    </message>
    <message>
        <source>Скопируйте подробности и передайте их администратору.</source>
        <translation>Скапіруйце падрабязнасці і перадайце іх адміністратару.</translation>
    </message>
</context>
<context>
    <name>DayCellDelegate</name>
    <message>
        <source>сегодня</source>
        <translation>сёння</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Семьи выбранного дня</source>
        <translation>Сем&apos;і выбранага дня</translation>
    </message>
    <message>
        <source>&amp;Записать визит…</source>
        <translation>&amp;Запісаць візіт…</translation>
    </message>
    <message>
        <source>Записать посещение выбранной семьи</source>
        <translation>Запісаць наведванне выбранай сям&apos;і</translation>
    </message>
    <message>
        <source>За&amp;планировать визит…</source>
        <translation>За&amp;планаваць візіт…</translation>
    </message>
    <message>
        <source>Запланировать посещение выбранной семьи на этот день</source>
        <translation>Запланаваць наведванне выбранай сям&apos;і на гэты дзень</translation>
    </message>
    <message>
        <source>&amp;Карточка</source>
        <translation>&amp;Картка</translation>
    </message>
    <message>
        <source>Открыть карточку выбранной семьи (Enter)</source>
        <translation>Адкрыць картку выбранай сям&apos;і (Enter)</translation>
    </message>
    <message>
        <source>День не выбран</source>
        <translation>Дзень не выбраны</translation>
    </message>
    <message>
        <source>На этот день ничего нет.</source>
        <translation>На гэты дзень нічога няма.</translation>
    </message>
</context>
<context>
    <name>Directories</name>
    <message>
        <source>понедельник</source>
        <translation>панядзелак</translation>
    </message>
    <message>
        <source>вторник</source>
        <translation>аўторак</translation>
    </message>
    <message>
        <source>среда</source>
        <translation>серада</translation>
    </message>
    <message>
        <source>четверг</source>
        <translation>чацвер</translation>
    </message>
    <message>
        <source>пятница</source>
        <translation>пятніца</translation>
    </message>
    <message>
        <source>суббота</source>
        <translation>субота</translation>
    </message>
    <message>
        <source>воскресенье</source>
        <translation>нядзеля</translation>
    </message>
</context>
<context>
    <name>DirectoriesPage</name>
    <message>
        <source>&amp;Организации</source>
        <translation>&amp;Арганізацыі</translation>
    </message>
    <message>
        <source>Основания &amp;ТЖС</source>
        <translation>Падставы &amp;ЦЖС</translation>
    </message>
    <message>
        <source>&amp;Календарь</source>
        <translation>&amp;Каляндар</translation>
    </message>
    <message>
        <source>&amp;Специалисты</source>
        <translation>&amp;Спецыялісты</translation>
    </message>
    <message>
        <source>Справочники</source>
        <translation>Даведнікі</translation>
    </message>
</context>
<context>
    <name>DocumentTitles</name>
    <message>
        <source>Заявление</source>
        <translation>Заява</translation>
    </message>
    <message>
        <source>Акт обследования</source>
        <translation>Акт абследавання</translation>
    </message>
    <message>
        <source>План сопровождения</source>
        <translation>План суправаджэння</translation>
    </message>
    <message>
        <source>Договор</source>
        <translation>Дагавор</translation>
    </message>
    <message>
        <source>Журнал посещений</source>
        <translation>Журнал наведванняў</translation>
    </message>
    <message>
        <source>Итоговое заключение</source>
        <translation>Выніковае заключэнне</translation>
    </message>
    <message>
        <source>Журнал учёта семей</source>
        <translation>Журнал уліку сем&apos;яў</translation>
    </message>
    <message>
        <source>Лист посещений на неделю</source>
        <translation>Ліст наведванняў на тыдзень</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Подключить к центру</source>
        <translation>Падключыць да цэнтра</translation>
    </message>
    <message>
        <source>Выберите файл регистрации, который центр записал для вас на флешку. Ноутбук создаст свои ключи, получит вашу учётную запись, справочники и ваши семьи и затем будет обмениваться с центром пакетами. Подключить можно только новую, пустую базу.</source>
        <translation>Выберыце файл рэгістрацыі, які цэнтр запісаў для вас на флэшку. Ноўтбук створыць свае ключы, атрымае ваш уліковы запіс, даведнікі і вашы сем&apos;і і потым будзе абменьвацца з цэнтрам пакетамі. Падключыць можна толькі новую, пустую базу.</translation>
    </message>
    <message>
        <source>файл patronat-enrol-….pte</source>
        <translation>файл patronat-enrol-….pte</translation>
    </message>
    <message>
        <source>&amp;Выбрать файл…</source>
        <translation>&amp;Выбраць файл…</translation>
    </message>
    <message>
        <source>если центр его задал</source>
        <translation>калі цэнтр яго задаў</translation>
    </message>
    <message>
        <source>&amp;Файл регистрации:</source>
        <translation>&amp;Файл рэгістрацыі:</translation>
    </message>
    <message>
        <source>Код &amp;защиты:</source>
        <translation>Код &amp;абароны:</translation>
    </message>
    <message>
        <source>&amp;Подключить</source>
        <translation>&amp;Падключыць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
    <message>
        <source>Файл регистрации ноутбука</source>
        <translation>Файл рэгістрацыі ноўтбука</translation>
    </message>
    <message>
        <source>Файлы регистрации (*{suffix});;Все файлы (*)</source>
        <translation>Файлы рэгістрацыі (*{suffix});;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Ноутбук не подключён, база не изменена.</source>
        <translation>Ноўтбук не падключаны, база не зменена.</translation>
    </message>
    <message>
        <source>⚠ Не удалось подключить ноутбук: непредвиденная ошибка.</source>
        <translation>⚠ Не ўдалося падключыць ноўтбук: непрадбачаная памылка.</translation>
    </message>
</context>
<context>
    <name>EnrolmentFileDialog</name>
    <message>
        <source>Файл регистрации ноутбука</source>
        <translation>Файл рэгістрацыі ноўтбука</translation>
    </message>
    <message>
        <source>Файл регистрации подключает ноутбук специалиста «{name}» к этому центру: в нём ключи центра, учётная запись специалиста, справочники и семьи, которые ему назначены.</source>
        <translation>Файл рэгістрацыі падключае ноўтбук спецыяліста «{name}» да гэтага цэнтра: у ім ключы цэнтра, уліковы запіс спецыяліста, даведнікі і сем&apos;і, якія яму прызначаны.</translation>
    </message>
    <message>
        <source>⚠ Файл — как ключ от базы: везите его сами, не пересылайте по почте и не оставляйте на общем компьютере. После подключения ноутбука удалите файл с флешки. Если файл потерян, запишите новый: прежний ноутбук специалиста получает пакеты центра, пока новый не пришлёт свой первый пакет.</source>
        <translation>⚠ Файл — як ключ ад базы: вязіце яго самі, не перасылайце па пошце і не пакідайце на агульным камп&apos;ютары. Пасля падключэння ноўтбука выдаліце файл з флэшкі. Калі файл страчаны, запішыце новы: ранейшы ноўтбук спецыяліста атрымлівае пакеты цэнтра, пакуль новы не дашле свой першы пакет.</translation>
    </message>
    <message>
        <source>без кода файл не защищён</source>
        <translation>без кода файл не абаронены</translation>
    </message>
    <message>
        <source>Файл откроется только с этим кодом. Сообщите код специалисту отдельно от файла.</source>
        <translation>Файл адкрыецца толькі з гэтым кодам. Паведаміце код спецыялісту асобна ад файла.</translation>
    </message>
    <message>
        <source>&amp;Куда записать:</source>
        <translation>&amp;Куды запісаць:</translation>
    </message>
    <message>
        <source>Код &amp;защиты:</source>
        <translation>Код &amp;абароны:</translation>
    </message>
    <message>
        <source>Записать &amp;файл</source>
        <translation>Запісаць &amp;файл</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Файл регистрации не записан.</source>
        <translation>Файл рэгістрацыі не запісаны.</translation>
    </message>
    <message>
        <source>✓ Файл записан и проверен: {path} (семей: {n}). На ноутбуке: «Подключить к центру по файлу регистрации…» при первом запуске. После подключения удалите файл.</source>
        <translation>✓ Файл запісаны і правераны: {path} (сем&apos;яў: {n}). На ноўтбуку: «Падключыць да цэнтра па файле рэгістрацыі…» пры першым запуску. Пасля падключэння выдаліце файл.</translation>
    </message>
    <message>
        <source>Код защиты: {code} — сообщите его специалисту отдельно от файла.</source>
        <translation>Код абароны: {code} — паведаміце яго спецыялісту асобна ад файла.</translation>
    </message>
    <message>
        <source>⚠ Файл без кода защиты: его может прочитать любой, у кого он окажется.</source>
        <translation>⚠ Файл без кода абароны: яго можа прачытаць любы, у каго ён апынецца.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Выгрузить для специалиста</source>
        <translation>Выгрузіць для спецыяліста</translation>
    </message>
    <message>
        <source>Пакет для ноутбука специалиста: подтверждение принятых пакетов, правки его семей, новые назначенные семьи и справочники. Файл зашифрован ключом ноутбука: на носителе не будет имён и других личных данных в открытом виде.</source>
        <translation>Пакет для ноўтбука спецыяліста: пацвярджэнне прынятых пакетаў, праўкі яго сем&apos;яў, новыя прызначаныя сем&apos;і і даведнікі. Файл зашыфраваны ключом ноўтбука: на носьбіце не будзе імёнаў і іншых асабістых даных у адкрытым выглядзе.</translation>
    </message>
    <message>
        <source>Выгрузить для центра</source>
        <translation>Выгрузіць для цэнтра</translation>
    </message>
    <message>
        <source>В пакет войдут все ваши изменения, которые центр ещё не подтвердил; новый пакет заменяет прежний. Файл зашифрован ключом центра: на носителе не будет имён и других личных данных в открытом виде.</source>
        <translation>У пакет увойдуць усе вашы змены, якія цэнтр яшчэ не пацвердзіў; новы пакет замяняе ранейшы. Файл зашыфраваны ключом цэнтра: на носьбіце не будзе імёнаў і іншых асабістых даных у адкрытым выглядзе.</translation>
    </message>
    <message>
        <source>Имя файла не содержит личных данных</source>
        <translation>Імя файла не змяшчае асабістых даных</translation>
    </message>
    <message>
        <source>&amp;Специалист:</source>
        <translation>&amp;Спецыяліст:</translation>
    </message>
    <message>
        <source>&amp;Носитель:</source>
        <translation>&amp;Носьбіт:</translation>
    </message>
    <message>
        <source>Имя файла:</source>
        <translation>Імя файла:</translation>
    </message>
    <message>
        <source>&amp;Выгрузить</source>
        <translation>&amp;Выгрузіць</translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation>&amp;Закрыць</translation>
    </message>
    <message>
        <source>Подготовка пакета, запись на носитель и проверка записанного…</source>
        <translation>Падрыхтоўка пакета, запіс на носьбіт і праверка запісанага…</translation>
    </message>
    <message>
        <source>Файл: {path} ({size}). Изменений: {changes}, семей: {families}.</source>
        <translation>Файл: {path} ({size}). Змен: {changes}, сем&apos;яў: {families}.</translation>
    </message>
    <message>
        <source>✔ Пакет записан и проверен чтением с носителя. Можно извлекать носитель.</source>
        <translation>✔ Пакет запісаны і правераны чытаннем з носьбіта. Можна вымаць носьбіт.</translation>
    </message>
    <message>
        <source>Выгрузить &amp;ещё раз</source>
        <translation>Выгрузіць &amp;яшчэ раз</translation>
    </message>
    <message>
        <source>{size} КБ</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>⚠ Пакет не выгружен. {reason}</source>
        <translation>⚠ Пакет не выгружаны. {reason}</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Фамилия, имя, номер дела, населённый пункт…</source>
        <translation>Прозвішча, імя, нумар справы, населены пункт…</translation>
    </message>
    <message>
        <source>&amp;Поиск:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>Все этапы</source>
        <translation>Усе этапы</translation>
    </message>
    <message>
        <source>Все виды</source>
        <translation>Усе віды</translation>
    </message>
    <message>
        <source>Все специалисты</source>
        <translation>Усе спецыялісты</translation>
    </message>
    <message>
        <source>Все основания</source>
        <translation>Усе падставы</translation>
    </message>
    <message>
        <source>Требуют &amp;внимания</source>
        <translation>Патрабуюць &amp;увагі</translation>
    </message>
    <message>
        <source>Сбросить</source>
        <translation>Скінуць</translation>
    </message>
    <message>
        <source>&amp;Новая семья… (Ctrl+N)</source>
        <translation>&amp;Новая сям&apos;я… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Печать с&amp;писков…</source>
        <translation>Друк с&amp;пісаў…</translation>
    </message>
    <message>
        <source>Журнал учёта семей за год, лист посещений на неделю</source>
        <translation>Журнал уліку сем&apos;яў за год, ліст наведванняў на тыдзень</translation>
    </message>
    <message>
        <source>Фильтры:</source>
        <translation>Фільтры:</translation>
    </message>
    <message>
        <source>Семей: {total}</source>
        <translation>Сем&apos;яў: {total}</translation>
    </message>
    <message>
        <source>Показано {shown} из {total}</source>
        <translation>Паказана {shown} з {total}</translation>
    </message>
</context>
<context>
    <name>FamilyCard</name>
    <message>
        <source>← К списку семей</source>
        <translation>← Да спіса сем&apos;яў</translation>
    </message>
    <message>
        <source>Вернуться к списку (Alt+←)</source>
        <translation>Вярнуцца да спіса (Alt+←)</translation>
    </message>
    <message>
        <source>Дело № {number} — {name}</source>
        <translation>Справа № {number} — {name}</translation>
    </message>
    <message>
        <source>{address} · этап: {stage} · ответственный: {worker}</source>
        <translation>{address} · этап: {stage} · адказны: {worker}</translation>
    </message>
</context>
<context>
    <name>FamilyMarkDialog</name>
    <message>
        <source>фамилия и инициалы члена семьи</source>
        <translation>прозвішча і ініцыялы члена сям&apos;і</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>&amp;Сохранить</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Сохранить адрес, обращение, основания и примечания (Ctrl+S)</source>
        <translation>Захаваць адрас, зварот, падставы і заўвагі (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Отменить изменения</source>
        <translation>&amp;Адмяніць змены</translation>
    </message>
    <message>
        <source>Семья</source>
        <translation>Сям&apos;я</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation>Адрас</translation>
    </message>
    <message>
        <source>д. Новосёлки</source>
        <translation>в. Навасёлкі</translation>
    </message>
    <message>
        <source>Об&amp;ласть:</source>
        <translation>Воб&amp;ласць:</translation>
    </message>
    <message>
        <source>Ра&amp;йон:</source>
        <translation>Ра&amp;ён:</translation>
    </message>
    <message>
        <source>Сельсо&amp;вет:</source>
        <translation>Сельса&amp;вет:</translation>
    </message>
    <message>
        <source>&amp;Населённый пункт*:</source>
        <translation>&amp;Населены пункт*:</translation>
    </message>
    <message>
        <source>Ули&amp;ца:</source>
        <translation>Ву&amp;ліца:</translation>
    </message>
    <message>
        <source>&amp;Кв.:</source>
        <translation>&amp;Кв.:</translation>
    </message>
    <message>
        <source>До&amp;м:</source>
        <translation>До&amp;м:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation>&amp;Тэлефон:</translation>
    </message>
    <message>
        <source>Обращение и ответственный</source>
        <translation>Зварот і адказны</translation>
    </message>
    <message>
        <source>кто направил, № и дата документа</source>
        <translation>хто накіраваў, № і дата дакумента</translation>
    </message>
    <message>
        <source>&amp;Передать другому специалисту…</source>
        <translation>&amp;Перадаць іншаму спецыялісту…</translation>
    </message>
    <message>
        <source>&amp;Источник:</source>
        <translation>&amp;Крыніца:</translation>
    </message>
    <message>
        <source>Кто напр&amp;авил:</source>
        <translation>Хто нак&amp;іраваў:</translation>
    </message>
    <message>
        <source>Ответственный:</source>
        <translation>Адказны:</translation>
    </message>
    <message>
        <source>Приме&amp;чания:</source>
        <translation>Заў&amp;вагі:</translation>
    </message>
    <message>
        <source>Основания Т&amp;ЖС*</source>
        <translation>Падставы Ц&amp;ЖС*</translation>
    </message>
    <message>
        <source>Основания ТЖС (пробел отмечает)</source>
        <translation>Падставы ЦЖС (прабел адзначае)</translation>
    </message>
    <message>
        <source>Член&amp;ы семьи</source>
        <translation>Член&amp;ы сям&apos;і</translation>
    </message>
    <message>
        <source>&amp;Добавить…</source>
        <translation>&amp;Дадаць…</translation>
    </message>
    <message>
        <source>Добавить члена семьи (Insert в таблице)</source>
        <translation>Дадаць члена сям&apos;і (Insert у табліцы)</translation>
    </message>
    <message>
        <source>Изм&amp;енить…</source>
        <translation>Змя&amp;ніць…</translation>
    </message>
    <message>
        <source>Изменить данные выбранного члена семьи (Enter)</source>
        <translation>Змяніць даныя выбранага члена сям&apos;і (Enter)</translation>
    </message>
    <message>
        <source>&amp;Удалить</source>
        <translation>&amp;Выдаліць</translation>
    </message>
    <message>
        <source>Удалить выбранного члена семьи из состава семьи</source>
        <translation>Выдаліць выбранага члена сям&apos;і са складу сям&apos;і</translation>
    </message>
    <message>
        <source>Удаление члена семьи</source>
        <translation>Выдаленне члена сям&apos;і</translation>
    </message>
    <message>
        <source>Удалить «{name}» из состава семьи?</source>
        <translation>Выдаліць «{name}» са складу сям&apos;і?</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <source>№ дела</source>
        <translation>№ справы</translation>
    </message>
    <message>
        <source>Семья</source>
        <translation>Сям&apos;я</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Населены пункт</translation>
    </message>
    <message>
        <source>Этап</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Вид патроната</source>
        <translation>Від патранату</translation>
    </message>
    <message>
        <source>Ответственный</source>
        <translation>Адказны</translation>
    </message>
    <message>
        <source>След. посещение</source>
        <translation>Наст. наведванне</translation>
    </message>
    <message>
        <source>Внимание</source>
        <translation>Увага</translation>
    </message>
    <message>
        <source>обследование просрочено</source>
        <translation>абследаванне пратэрмінавана</translation>
    </message>
    <message>
        <source>норма нарушена</source>
        <translation>норма парушана</translation>
    </message>
    <message>
        <source>под угрозой</source>
        <translation>пад пагрозай</translation>
    </message>
    <message>
        <source>план: просрочено {n}</source>
        <translation>план: пратэрмінавана {n}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Первый запуск</source>
        <translation>Першы запуск</translation>
    </message>
    <message>
        <source>Добро пожаловать в «Патронат»</source>
        <translation>Сардэчна запрашаем у «Патранат»</translation>
    </message>
    <message>
        <source>В базе данных ещё нет ни одного центра. Посмотрите, как работает программа, на вымышленном районе или сразу настройте свой центр.</source>
        <translation>У базе даных яшчэ няма ніводнага цэнтра. Паглядзіце, як працуе праграма, на выдуманым раёне або адразу наладзьце свой цэнтр.</translation>
    </message>
    <message>
        <source>Позже</source>
        <translation>Пазней</translation>
    </message>
    <message>
        <source>Посмотреть на примере</source>
        <translation>Паглядзець на прыкладзе</translation>
    </message>
    <message>
        <source>Семьи, специалисты и посещения вымышлены. Для работы со своими семьями запустите программу с новой базой данных.</source>
        <translation>Сем&apos;і, спецыялісты і наведванні выдуманыя. Для работы са сваімі сем&apos;ямі запусціце праграму з новай базай даных.</translation>
    </message>
    <message>
        <source>Загрузить демонстрационные данные (300 семей вымышленного района)</source>
        <translation>Загрузіць дэманстрацыйныя даныя (300 сем&apos;яў выдуманага раёна)</translation>
    </message>
    <message>
        <source>Настроить свой центр</source>
        <translation>Наладзіць свой цэнтр</translation>
    </message>
    <message>
        <source>Территориальный центр социального обслуживания населения</source>
        <translation>Тэрытарыяльны цэнтр сацыяльнага абслугоўвання насельніцтва</translation>
    </message>
    <message>
        <source>Название центра*:</source>
        <translation>Назва цэнтра*:</translation>
    </message>
    <message>
        <source>Район*:</source>
        <translation>Раён*:</translation>
    </message>
    <message>
        <source>Область:</source>
        <translation>Вобласць:</translation>
    </message>
    <message>
        <source>Первый специалист — заведующий отделением:</source>
        <translation>Першы спецыяліст — загадчык аддзялення:</translation>
    </message>
    <message>
        <source>Фамилия*:</source>
        <translation>Прозвішча*:</translation>
    </message>
    <message>
        <source>Имя*:</source>
        <translation>Імя*:</translation>
    </message>
    <message>
        <source>Отчество:</source>
        <translation>Імя па бацьку:</translation>
    </message>
    <message>
        <source>* — обязательные поля</source>
        <translation>* — абавязковыя палі</translation>
    </message>
    <message>
        <source>Создать центр</source>
        <translation>Стварыць цэнтр</translation>
    </message>
    <message>
        <source>Ноутбук специалиста</source>
        <translation>Ноўтбук спецыяліста</translation>
    </message>
    <message>
        <source>Если центр записал для вас файл регистрации ноутбука, подключите эту базу к центру: появятся ваша учётная запись, справочники и ваши семьи.</source>
        <translation>Калі цэнтр запісаў для вас файл рэгістрацыі ноўтбука, падключыце гэтую базу да цэнтра: з&apos;явяцца ваш уліковы запіс, даведнікі і вашы сем&apos;і.</translation>
    </message>
    <message>
        <source>Подключить к центру по &amp;файлу регистрации…</source>
        <translation>Падключыць да цэнтра па &amp;файле рэгістрацыі…</translation>
    </message>
    <message>
        <source>Не удалось загрузить демонстрационные данные.</source>
        <translation>Не ўдалося загрузіць дэманстрацыйныя даныя.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Несохранённые изменения</source>
        <translation>Незахаваныя змены</translation>
    </message>
    <message>
        <source>В разделе «{what}» есть несохранённые изменения.</source>
        <translation>У раздзеле «{what}» ёсць незахаваныя змены.</translation>
    </message>
    <message>
        <source>Сохранить их?</source>
        <translation>Захаваць іх?</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Не сохранять</source>
        <translation>Не захоўваць</translation>
    </message>
    <message>
        <source>Остаться</source>
        <translation>Застацца</translation>
    </message>
</context>
<context>
    <name>GroundsTab</name>
    <message>
        <source>Основания признания трудной жизненной ситуации установлены законодательством, их список не редактируется. В 2017 году перечень изменён (постановление Минтруда и соцзащиты от 01.12.2017 № 84): основание, которое перестало действовать, в новых делах не выбирается, а в делах, открытых при нём, сохраняется.</source>
        <translation>Падставы прызнання цяжкай жыццёвай сітуацыі ўстаноўлены заканадаўствам, іх спіс не рэдагуецца. У 2017 годзе пералік зменены (пастанова Мінпрацы і сацабароны ад 01.12.2017 № 84): падстава, якая перастала дзейнічаць, у новых справах не выбіраецца, а ў справах, адкрытых пры ёй, захоўваецца.</translation>
    </message>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Основание</source>
        <translation>Падстава</translation>
    </message>
    <message>
        <source>Действует с</source>
        <translation>Дзейнічае з</translation>
    </message>
    <message>
        <source>Действует по</source>
        <translation>Дзейнічае па</translation>
    </message>
    <message>
        <source>Состояние</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>действует с {date}</source>
        <translation>дзейнічае з {date}</translation>
    </message>
    <message>
        <source>не действует с {date}</source>
        <translation>не дзейнічае з {date}</translation>
    </message>
    <message>
        <source>действует</source>
        <translation>дзейнічае</translation>
    </message>
    <message>
        <source>бессрочно</source>
        <translation>бестэрмінова</translation>
    </message>
</context>
<context>
    <name>ImportDesk</name>
    <message>
        <source>Приём пакетов</source>
        <translation>Прыём пакетаў</translation>
    </message>
    <message>
        <source>Добавьте файлы обмена с ноутбуков (можно сразу несколько или целую папку). Каждый файл копируется с носителя и проверяется; база не меняется, пока вы не нажмёте «Применить». Каждый пакет применяется отдельно, отклонённые пакеты базу не меняют.</source>
        <translation>Дадайце файлы абмену з ноўтбукаў (можна адразу некалькі або цэлую папку). Кожны файл капіруецца з носьбіта і правяраецца; база не мяняецца, пакуль вы не націснеце «Прымяніць». Кожны пакет прымяняецца асобна, адхіленыя пакеты базу не мяняюць.</translation>
    </message>
    <message>
        <source>Загрузить из центра</source>
        <translation>Загрузіць з цэнтра</translation>
    </message>
    <message>
        <source>Выберите файл обмена, полученный из центра. Он будет скопирован с носителя и проверен; база не меняется, пока вы не нажмёте «Применить».</source>
        <translation>Выберыце файл абмену, атрыманы з цэнтра. Ён будзе скапіраваны з носьбіта і правераны; база не мяняецца, пакуль вы не націснеце «Прымяніць».</translation>
    </message>
    <message>
        <source>&amp;Добавить файлы…</source>
        <translation>&amp;Дадаць файлы…</translation>
    </message>
    <message>
        <source>&amp;Выбрать файл…</source>
        <translation>&amp;Выбраць файл…</translation>
    </message>
    <message>
        <source>Выбрать файлы обмена (Ctrl+O)</source>
        <translation>Выбраць файлы абмену (Ctrl+O)</translation>
    </message>
    <message>
        <source>Добавить &amp;папку…</source>
        <translation>Дадаць &amp;папку…</translation>
    </message>
    <message>
        <source>&amp;Убрать из списка</source>
        <translation>&amp;Прыбраць са спіса</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>От кого</source>
        <translation>Ад каго</translation>
    </message>
    <message>
        <source>Изменений</source>
        <translation>Змен</translation>
    </message>
    <message>
        <source>Новых семей</source>
        <translation>Новых сем&apos;яў</translation>
    </message>
    <message>
        <source>Обновляемых семей</source>
        <translation>Сем&apos;яў для абнаўлення</translation>
    </message>
    <message>
        <source>Повторов</source>
        <translation>Паўтораў</translation>
    </message>
    <message>
        <source>Конфликтов</source>
        <translation>Канфліктаў</translation>
    </message>
    <message>
        <source>Проверка и итог</source>
        <translation>Праверка і вынік</translation>
    </message>
    <message>
        <source>Выберите пакет в списке, чтобы увидеть подробности.</source>
        <translation>Выберыце пакет у спісе, каб убачыць падрабязнасці.</translation>
    </message>
    <message>
        <source>%v из %m</source>
        <translation>%v з %m</translation>
    </message>
    <message>
        <source>Открыть &amp;конфликты</source>
        <translation>Адкрыць &amp;канфлікты</translation>
    </message>
    <message>
        <source>&amp;Применить</source>
        <translation>&amp;Прымяніць</translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation>&amp;Закрыць</translation>
    </message>
    <message>
        <source>Файлы обмена</source>
        <translation>Файлы абмену</translation>
    </message>
    <message>
        <source>Файлы обмена (*{suffix});;Все файлы (*)</source>
        <translation>Файлы абмену (*{suffix});;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Папка с файлами обмена</source>
        <translation>Папка з файламі абмену</translation>
    </message>
    <message>
        <source>Файлы обмена не выбраны.</source>
        <translation>Файлы абмену не выбраны.</translation>
    </message>
    <message>
        <source>Проверка пакетов…</source>
        <translation>Праверка пакетаў…</translation>
    </message>
    <message>
        <source>Тот же пакет уже в списке: {file}</source>
        <translation>Той самы пакет ужо ў спісе: {file}</translation>
    </message>
    <message>
        <source>Уже загружен {moment}</source>
        <translation>Ужо загружаны {moment}</translation>
    </message>
    <message>
        <source>Можно применить</source>
        <translation>Можна прымяніць</translation>
    </message>
    <message>
        <source>Непредвиденная ошибка</source>
        <translation>Непрадбачаная памылка</translation>
    </message>
    <message>
        <source>Применение пакетов…</source>
        <translation>Прымяненне пакетаў…</translation>
    </message>
    <message>
        <source>Применён</source>
        <translation>Прыменены</translation>
    </message>
    <message>
        <source>Применён; конфликтов оставлено для решения: {n}</source>
        <translation>Прыменены; канфліктаў пакінута для вырашэння: {n}</translation>
    </message>
    <message>
        <source>Ожидает проверки</source>
        <translation>Чакае праверкі</translation>
    </message>
    <message>
        <source>✖ Отклонён: {reason}</source>
        <translation>✖ Адхілены: {reason}</translation>
    </message>
    <message>
        <source>{text} · ⚠ часы отправителя</source>
        <translation>{text} · ⚠ гадзіннік адпраўніка</translation>
    </message>
    <message>
        <source>Файл: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <source>⚠ Часы отправителя: {warning}</source>
        <translation>⚠ Гадзіннік адпраўніка: {warning}</translation>
    </message>
    <message>
        <source>Новые семьи</source>
        <translation>Новыя сем&apos;і</translation>
    </message>
    <message>
        <source>Обновляемые семьи</source>
        <translation>Сем&apos;і для абнаўлення</translation>
    </message>
    <message>
        <source>Снимаются с ноутбука (переданы другому специалисту)</source>
        <translation>Здымаюцца з ноўтбука (перададзены іншаму спецыялісту)</translation>
    </message>
    <message>
        <source>{title} ({n}): {numbers}</source>
        <translation>{title} ({n}): {numbers}</translation>
    </message>
    <message>
        <source>{title}: {n}</source>
        <translation>{title}: {n}</translation>
    </message>
    <message>
        <source>Конфликт: дело {case}, {label}</source>
        <translation>Канфлікт: справа {case}, {label}</translation>
    </message>
    <message>
        <source>Итог: применено {applied}, уже были загружены {already}, отклонено {refused}.</source>
        <translation>Вынік: прыменена {applied}, ужо былі загружаны {already}, адхілена {refused}.</translation>
    </message>
    <message>
        <source>Проверено пакетов: {total}. Можно применить: {ready}, уже загружены: {already}, отклонены: {refused}. База пока не изменена.</source>
        <translation>Праверана пакетаў: {total}. Можна прымяніць: {ready}, ужо загружаны: {already}, адхілены: {refused}. База пакуль не зменена.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Патронат — семьи</source>
        <translation>Патранат — сем&apos;і</translation>
    </message>
    <message>
        <source>Семьи</source>
        <translation>Сем&apos;і</translation>
    </message>
    <message>
        <source>Сегодня</source>
        <translation>Сёння</translation>
    </message>
    <message>
        <source>Календарь</source>
        <translation>Каляндар</translation>
    </message>
    <message>
        <source>Справочники</source>
        <translation>Даведнікі</translation>
    </message>
    <message>
        <source>Настройки</source>
        <translation>Налады</translation>
    </message>
    <message>
        <source>{title} (Alt+{n})</source>
        <translation>{title} (Alt+{n})</translation>
    </message>
    <message>
        <source>Загрузка…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>База данных: открывается…</source>
        <translation>База даных: адкрываецца…</translation>
    </message>
    <message>
        <source>Последний пакет синхронизации: нет</source>
        <translation>Апошні пакет сінхранізацыі: няма</translation>
    </message>
    <message>
        <source>Загрузка списка семей…</source>
        <translation>Загрузка спіса сем&apos;яў…</translation>
    </message>
    <message>
        <source>Специалист: не выбран</source>
        <translation>Спецыяліст: не выбраны</translation>
    </message>
    <message>
        <source>Центр ещё не настроен</source>
        <translation>Цэнтр яшчэ не наладжаны</translation>
    </message>
    <message>
        <source>не выбран</source>
        <translation>не выбраны</translation>
    </message>
    <message>
        <source>Обновление списка…</source>
        <translation>Абнаўленне спіса…</translation>
    </message>
    <message>
        <source>Открытие базы данных…</source>
        <translation>Адкрыццё базы даных…</translation>
    </message>
    <message>
        <source>Проверка сроков и норм…</source>
        <translation>Праверка тэрмінаў і норм…</translation>
    </message>
    <message>
        <source>Не удалось загрузить данные</source>
        <translation>Не ўдалося загрузіць даныя</translation>
    </message>
    <message>
        <source>&amp;Обмен</source>
        <translation>&amp;Абмен</translation>
    </message>
    <message>
        <source>&amp;Выгрузить для центра…</source>
        <translation>&amp;Выгрузіць для цэнтра…</translation>
    </message>
    <message>
        <source>&amp;Загрузить из центра…</source>
        <translation>&amp;Загрузіць з цэнтра…</translation>
    </message>
    <message>
        <source>&amp;Приём пакетов…</source>
        <translation>&amp;Прыём пакетаў…</translation>
    </message>
    <message>
        <source>Выгрузить для &amp;специалиста…</source>
        <translation>Выгрузіць для &amp;спецыяліста…</translation>
    </message>
    <message>
        <source>&amp;Конфликты…</source>
        <translation>&amp;Канфлікты…</translation>
    </message>
    <message>
        <source>Обмен не настроен</source>
        <translation>Абмен не наладжаны</translation>
    </message>
    <message>
        <source>Настроить &amp;центр обмена…</source>
        <translation>Наладзіць &amp;цэнтр абмену…</translation>
    </message>
    <message>
        <source>&amp;Подключить к центру…</source>
        <translation>&amp;Падключыць да цэнтра…</translation>
    </message>
    <message>
        <source>Обмен с центром не настроен</source>
        <translation>Абмен з цэнтрам не наладжаны</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>Последний пакет синхронизации: {moment}</source>
        <translation>Апошні пакет сінхранізацыі: {moment}</translation>
    </message>
    <message>
        <source>{text}; не отправлено изменений: {n}</source>
        <translation>{text}; не адпраўлена змен: {n}</translation>
    </message>
    <message>
        <source>{text}; ⚠ конфликтов: {n}</source>
        <translation>{text}; ⚠ канфліктаў: {n}</translation>
    </message>
    <message>
        <source>Последний пакет синхронизации: неизвестно</source>
        <translation>Апошні пакет сінхранізацыі: невядома</translation>
    </message>
    <message>
        <source>База данных: {database}</source>
        <translation>База даных: {database}</translation>
    </message>
    <message>
        <source>Специалист: {worker}</source>
        <translation>Спецыяліст: {worker}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Член семьи</source>
        <translation>Член сям&apos;і</translation>
    </message>
    <message>
        <source>Новый член семьи</source>
        <translation>Новы член сям&apos;і</translation>
    </message>
    <message>
        <source>Член семьи: {name}</source>
        <translation>Член сям&apos;і: {name}</translation>
    </message>
    <message>
        <source>не указана</source>
        <translation>не пазначана</translation>
    </message>
    <message>
        <source>— выберите —</source>
        <translation>— выберыце —</translation>
    </message>
    <message>
        <source>З&amp;аявитель (подал заявление)</source>
        <translation>З&amp;аяўнік (падаў заяву)</translation>
    </message>
    <message>
        <source>Отметьте, чтобы заявителем стал этот член семьи вместо нынешнего заявителя.</source>
        <translation>Адзначце, каб заяўнікам стаў гэты член сям&apos;і замест цяперашняга заяўніка.</translation>
    </message>
    <message>
        <source>учреждение образования, класс; место работы</source>
        <translation>установа адукацыі, клас; месца работы</translation>
    </message>
    <message>
        <source>&amp;Фамилия*:</source>
        <translation>&amp;Прозвішча*:</translation>
    </message>
    <message>
        <source>&amp;Имя*:</source>
        <translation>&amp;Імя*:</translation>
    </message>
    <message>
        <source>&amp;Отчество:</source>
        <translation>Імя па &amp;бацьку:</translation>
    </message>
    <message>
        <source>Дата &amp;рождения*:</source>
        <translation>Дата &amp;нараджэння*:</translation>
    </message>
    <message>
        <source>&amp;Пол*:</source>
        <translation>&amp;Пол*:</translation>
    </message>
    <message>
        <source>Родс&amp;тво:</source>
        <translation>Сваяц&amp;тва:</translation>
    </message>
    <message>
        <source>Инва&amp;лидность:</source>
        <translation>Інва&amp;ліднасць:</translation>
    </message>
    <message>
        <source>&amp;Учёба / работа:</source>
        <translation>&amp;Вучоба / работа:</translation>
    </message>
    <message>
        <source>Приме&amp;чания:</source>
        <translation>Заў&amp;вагі:</translation>
    </message>
    <message>
        <source>* — обязательные поля</source>
        <translation>* — абавязковыя палі</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
    <message>
        <source>Дата рождения: обязательное поле.</source>
        <translation>Дата нараджэння: абавязковае поле.</translation>
    </message>
    <message>
        <source>Пол: обязательное поле.</source>
        <translation>Пол: абавязковае поле.</translation>
    </message>
</context>
<context>
    <name>MemberEditorDialog</name>
    <message>
        <source>Член семьи</source>
        <translation>Член сям&apos;і</translation>
    </message>
    <message>
        <source>Член семьи: изменение</source>
        <translation>Член сям&apos;і: змяненне</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>— выберите —</source>
        <translation>— выберыце —</translation>
    </message>
    <message>
        <source>например: ГУО «Новосёлковская СШ», 5 класс</source>
        <translation>напрыклад: ДУА «Навасёлкаўская СШ», 5 клас</translation>
    </message>
    <message>
        <source>&amp;Фамилия*:</source>
        <translation>&amp;Прозвішча*:</translation>
    </message>
    <message>
        <source>&amp;Имя*:</source>
        <translation>&amp;Імя*:</translation>
    </message>
    <message>
        <source>&amp;Отчество:</source>
        <translation>Імя па &amp;бацьку:</translation>
    </message>
    <message>
        <source>Дата &amp;рождения*:</source>
        <translation>Дата &amp;нараджэння*:</translation>
    </message>
    <message>
        <source>&amp;Пол*:</source>
        <translation>&amp;Пол*:</translation>
    </message>
    <message>
        <source>Ро&amp;дство*:</source>
        <translation>&amp;Сваяцтва*:</translation>
    </message>
    <message>
        <source>Инв&amp;алидность:</source>
        <translation>Інв&amp;аліднасць:</translation>
    </message>
    <message>
        <source>&amp;Место учёбы или работы:</source>
        <translation>&amp;Месца вучобы або работы:</translation>
    </message>
    <message>
        <source>Наберите цифры: 12041990</source>
        <translation>Набярыце лічбы: 12041990</translation>
    </message>
    <message>
        <source>Дата рождения: обязательное поле.</source>
        <translation>Дата нараджэння: абавязковае поле.</translation>
    </message>
    <message>
        <source>Дата рождения: введите дату в виде ДД.ММ.ГГГГ.</source>
        <translation>Дата нараджэння: увядзіце дату ў выглядзе ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>Пол: выберите из списка.</source>
        <translation>Пол: выберыце са спіса.</translation>
    </message>
    <message>
        <source>Родство: выберите из списка.</source>
        <translation>Сваяцтва: выберыце са спіса.</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Фамилия</source>
        <translation>Прозвішча</translation>
    </message>
    <message>
        <source>Имя</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>Отчество</source>
        <translation>Імя па бацьку</translation>
    </message>
    <message>
        <source>Дата рожд.</source>
        <translation>Дата нар.</translation>
    </message>
    <message>
        <source>Пол</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Родство</source>
        <translation>Сваяцтва</translation>
    </message>
    <message>
        <source>Инвалидность</source>
        <translation>Інваліднасць</translation>
    </message>
    <message>
        <source>Учёба / работа</source>
        <translation>Вучоба / работа</translation>
    </message>
    <message>
        <source>Д&amp;обавить…</source>
        <translation>Д&amp;адаць…</translation>
    </message>
    <message>
        <source>Добавить члена семьи (Insert)</source>
        <translation>Дадаць члена сям&apos;і (Insert)</translation>
    </message>
    <message>
        <source>&amp;Изменить…</source>
        <translation>&amp;Змяніць…</translation>
    </message>
    <message>
        <source>Изменить выбранного (Enter)</source>
        <translation>Змяніць выбранага (Enter)</translation>
    </message>
    <message>
        <source>&amp;Убрать</source>
        <translation>&amp;Прыбраць</translation>
    </message>
    <message>
        <source>Убрать выбранного из списка (Delete)</source>
        <translation>Прыбраць выбранага са спіса (Delete)</translation>
    </message>
    <message>
        <source>Заявитель: его данные меняются на шаге «Заявитель»</source>
        <translation>Заяўнік: яго даныя мяняюцца на кроку «Заяўнік»</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <source>Фамилия, имя, отчество</source>
        <translation>Прозвішча, імя, імя па бацьку</translation>
    </message>
    <message>
        <source>Дата рождения</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <source>Возраст</source>
        <translation>Узрост</translation>
    </message>
    <message>
        <source>Пол</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Родство</source>
        <translation>Сваяцтва</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation>Заяўнік</translation>
    </message>
    <message>
        <source>Инвалидность</source>
        <translation>Інваліднасць</translation>
    </message>
    <message>
        <source>Учёба / работа</source>
        <translation>Вучоба / работа</translation>
    </message>
    <message>
        <source>Заявление подано этим членом семьи</source>
        <translation>Заява пададзена гэтым членам сям&apos;і</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Календарь на месяц</source>
        <translation>Каляндар на месяц</translation>
    </message>
</context>
<context>
    <name>MovePlannedDialog</name>
    <message>
        <source>Перенос посещения</source>
        <translation>Перанос наведвання</translation>
    </message>
    <message>
        <source>Перенести посещение</source>
        <translation>Перанесці наведванне</translation>
    </message>
    <message>
        <source>Было запланировано:</source>
        <translation>Было запланавана:</translation>
    </message>
    <message>
        <source>&amp;Новая дата*:</source>
        <translation>&amp;Новая дата*:</translation>
    </message>
    <message>
        <source>&amp;Перенести</source>
        <translation>&amp;Перанесці</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <source>Новое заявление</source>
        <translation>Новая заява</translation>
    </message>
    <message>
        <source>&amp;Далее &gt;</source>
        <translation>&amp;Далей &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Назад</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Зарегистрировать</source>
        <translation>&amp;Зарэгістраваць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
    <message>
        <source>Шаг {step} из {steps}. {name}</source>
        <translation>Крок {step} з {steps}. {name}</translation>
    </message>
    <message>
        <source>Заявление</source>
        <translation>Заява</translation>
    </message>
    <message>
        <source>например: СШ № 2, протокол от 10.04.2026 № 3; для «Иное» обязательно</source>
        <translation>напрыклад: СШ № 2, пратакол ад 10.04.2026 № 3; для «Іншае» абавязкова</translation>
    </message>
    <message>
        <source>О чём просит заявитель (по тексту заявления)</source>
        <translation>Пра што просіць заяўнік (па тэксце заявы)</translation>
    </message>
    <message>
        <source>&amp;Номер заявления*:</source>
        <translation>&amp;Нумар заявы*:</translation>
    </message>
    <message>
        <source>Да&amp;та заявления*:</source>
        <translation>Да&amp;та заявы*:</translation>
    </message>
    <message>
        <source>&amp;Источник обращения*:</source>
        <translation>&amp;Крыніца звароту*:</translation>
    </message>
    <message>
        <source>&amp;Кто направил:</source>
        <translation>&amp;Хто накіраваў:</translation>
    </message>
    <message>
        <source>&amp;Ответственный специалист*:</source>
        <translation>&amp;Адказны спецыяліст*:</translation>
    </message>
    <message>
        <source>&amp;Суть обращения:</source>
        <translation>&amp;Сутнасць звароту:</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation>Заяўнік</translation>
    </message>
    <message>
        <source>Член семьи, подавший заявление; должен быть совершеннолетним (18 лет и старше).</source>
        <translation>Член сям&apos;і, які падаў заяву; павінен быць паўналетнім (18 гадоў і старэйшы).</translation>
    </message>
    <message>
        <source>Члены семьи</source>
        <translation>Члены сям&apos;і</translation>
    </message>
    <message>
        <source>Все, кто живёт с заявителем одной семьёй. Заявитель — первая строка, его данные — на шаге 2.</source>
        <translation>Усе, хто жыве з заяўнікам адной сям&apos;ёй. Заяўнік — першы радок, яго даныя — на кроку 2.</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation>Адрас</translation>
    </message>
    <message>
        <source>&amp;Область:</source>
        <translation>&amp;Вобласць:</translation>
    </message>
    <message>
        <source>&amp;Район:</source>
        <translation>&amp;Раён:</translation>
    </message>
    <message>
        <source>&amp;Сельсовет:</source>
        <translation>&amp;Сельсавет:</translation>
    </message>
    <message>
        <source>Населённый &amp;пункт*:</source>
        <translation>Населены &amp;пункт*:</translation>
    </message>
    <message>
        <source>&amp;Улица:</source>
        <translation>&amp;Вуліца:</translation>
    </message>
    <message>
        <source>До&amp;м:</source>
        <translation>До&amp;м:</translation>
    </message>
    <message>
        <source>&amp;Квартира:</source>
        <translation>&amp;Кватэра:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation>&amp;Тэлефон:</translation>
    </message>
    <message>
        <source>например: д. Новосёлки, аг. Озёрный</source>
        <translation>напрыклад: в. Навасёлкі, аг. Азёрны</translation>
    </message>
    <message>
        <source>Основания</source>
        <translation>Падставы</translation>
    </message>
    <message>
        <source>&amp;Основания трудной жизненной ситуации (отметьте хотя бы одно, клавиша Пробел):</source>
        <translation>&amp;Падставы цяжкай жыццёвай сітуацыі (адзначце хаця б адну, клавіша Прабел):</translation>
    </message>
    <message>
        <source>Проверка и регистрация</source>
        <translation>Праверка і рэгістрацыя</translation>
    </message>
    <message>
        <source>Проверьте данные. «Зарегистрировать» откроет дело; исправить можно кнопкой «Назад».</source>
        <translation>Праверце даныя. «Зарэгістраваць» адкрые справу; выправіць можна кнопкай «Назад».</translation>
    </message>
    <message>
        <source>* — обязательные поля</source>
        <translation>* — абавязковыя палі</translation>
    </message>
    <message>
        <source>Обследование — не позднее {deadline} (3 рабочих дня после заявления)</source>
        <translation>Абследаванне — не пазней за {deadline} (3 працоўныя дні пасля заявы)</translation>
    </message>
    <message>
        <source>{day} — {name}</source>
        <translation>{day} — {name}</translation>
    </message>
    <message>
        <source>Не считаются: {days}</source>
        <translation>Не лічацца: {days}</translation>
    </message>
    <message>
        <source>Показаны основания, действующие на дату заявления {date}.</source>
        <translation>Паказаны падставы, якія дзейнічаюць на дату заявы {date}.</translation>
    </message>
    <message>
        <source>Номер и дата:</source>
        <translation>Нумар і дата:</translation>
    </message>
    <message>
        <source>№ {number} от {date}</source>
        <translation>№ {number} ад {date}</translation>
    </message>
    <message>
        <source>Источник обращения:</source>
        <translation>Крыніца звароту:</translation>
    </message>
    <message>
        <source>Ответственный специалист:</source>
        <translation>Адказны спецыяліст:</translation>
    </message>
    <message>
        <source>Обследование:</source>
        <translation>Абследаванне:</translation>
    </message>
    <message>
        <source>не позднее {date}</source>
        <translation>не пазней за {date}</translation>
    </message>
    <message>
        <source>Суть обращения:</source>
        <translation>Сутнасць звароту:</translation>
    </message>
    <message>
        <source>Семья: {count} чел.</source>
        <translation>Сям&apos;я: {count} чал.</translation>
    </message>
    <message>
        <source>ФИО</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Дата рожд.</source>
        <translation>Дата нар.</translation>
    </message>
    <message>
        <source>Возраст</source>
        <translation>Узрост</translation>
    </message>
    <message>
        <source>Родство</source>
        <translation>Сваяцтва</translation>
    </message>
    <message>
        <source>Инвалидность</source>
        <translation>Інваліднасць</translation>
    </message>
    <message>
        <source>Учёба / работа</source>
        <translation>Вучоба / работа</translation>
    </message>
    <message>
        <source>д. {house}</source>
        <translation>д. {house}</translation>
    </message>
    <message>
        <source>кв. {flat}</source>
        <translation>кв. {flat}</translation>
    </message>
    <message>
        <source>Область, район:</source>
        <translation>Вобласць, раён:</translation>
    </message>
    <message>
        <source>Сельсовет:</source>
        <translation>Сельсавет:</translation>
    </message>
    <message>
        <source>Населённый пункт:</source>
        <translation>Населены пункт:</translation>
    </message>
    <message>
        <source>Улица, дом:</source>
        <translation>Вуліца, дом:</translation>
    </message>
    <message>
        <source>Телефон:</source>
        <translation>Тэлефон:</translation>
    </message>
    <message>
        <source>Основания ТЖС</source>
        <translation>Падставы ЦЖС</translation>
    </message>
    <message>
        <source>Ответственный специалист: в центре нет работающих специалистов.</source>
        <translation>Адказны спецыяліст: у цэнтры няма спецыялістаў, якія працуюць.</translation>
    </message>
    <message>
        <source>{who}: {message}</source>
        <translation>{who}: {message}</translation>
    </message>
    <message>
        <source>шаг {step} «{name}»</source>
        <translation>крок {step} «{name}»</translation>
    </message>
    <message>
        <source>Заявление не зарегистрировано: исправьте отмеченные поля.</source>
        <translation>Заява не зарэгістравана: выпраўце адзначаныя палі.</translation>
    </message>
    <message>
        <source>Ещё замечания: {steps}.</source>
        <translation>Яшчэ заўвагі: {steps}.</translation>
    </message>
    <message>
        <source>Прервать регистрацию? Введённые данные будут потеряны.</source>
        <translation>Перапыніць рэгістрацыю? Уведзеныя даныя будуць страчаны.</translation>
    </message>
</context>
<context>
    <name>NormStatus</name>
    <message>
        <source>норма выполнена</source>
        <translation>норма выканана</translation>
    </message>
    <message>
        <source>идёт</source>
        <translation>ідзе</translation>
    </message>
    <message>
        <source>под угрозой</source>
        <translation>пад пагрозай</translation>
    </message>
    <message>
        <source>норма не выполнена</source>
        <translation>норма не выканана</translation>
    </message>
</context>
<context>
    <name>PlanAgreedDialog</name>
    <message>
        <source>Согласование плана с семьёй</source>
        <translation>Узгадненне плана з сям&apos;ёй</translation>
    </message>
    <message>
        <source>Версия {n} от {date}. Отметьте, что план составлен совместно с семьёй и согласован с ней.</source>
        <translation>Версія {n} ад {date}. Адзначце, што план складзены сумесна з сям&apos;ёй і ўзгоднены з ёю.</translation>
    </message>
    <message>
        <source>&amp;Дата согласования:</source>
        <translation>&amp;Дата ўзгаднення:</translation>
    </message>
    <message>
        <source>&amp;Кто от семьи согласовал:</source>
        <translation>&amp;Хто ад сям&apos;і ўзгадніў:</translation>
    </message>
    <message>
        <source>Отметить согласование</source>
        <translation>Адзначыць узгадненне</translation>
    </message>
</context>
<context>
    <name>PlanItemMarkDialog</name>
    <message>
        <source>Отметка о выполнении</source>
        <translation>Адзнака аб выкананні</translation>
    </message>
    <message>
        <source>Отметка о выполнении мероприятия</source>
        <translation>Адзнака аб выкананні мерапрыемства</translation>
    </message>
    <message>
        <source>&lt;b&gt;Цель:&lt;/b&gt; {goal}&lt;br&gt;&lt;b&gt;Мероприятие:&lt;/b&gt; {measure}&lt;br&gt;&lt;b&gt;Срок:&lt;/b&gt; {deadline}</source>
        <translation>&lt;b&gt;Мэта:&lt;/b&gt; {goal}&lt;br&gt;&lt;b&gt;Мерапрыемства:&lt;/b&gt; {measure}&lt;br&gt;&lt;b&gt;Тэрмін:&lt;/b&gt; {deadline}</translation>
    </message>
    <message>
        <source>&amp;Выполнение:</source>
        <translation>&amp;Выкананне:</translation>
    </message>
    <message>
        <source>&amp;Дата выполнения:</source>
        <translation>&amp;Дата выканання:</translation>
    </message>
    <message>
        <source>&amp;Отметка:</source>
        <translation>&amp;Адзнака:</translation>
    </message>
    <message>
        <source>Сохранить отметку</source>
        <translation>Захаваць адзнаку</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
</context>
<context>
    <name>PlanItemsTableModel</name>
    <message>
        <source>Проблема</source>
        <translation>Праблема</translation>
    </message>
    <message>
        <source>Цель</source>
        <translation>Мэта</translation>
    </message>
    <message>
        <source>Мероприятие</source>
        <translation>Мерапрыемства</translation>
    </message>
    <message>
        <source>Ответственный</source>
        <translation>Адказны</translation>
    </message>
    <message>
        <source>Срок</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <source>Выполнение</source>
        <translation>Выкананне</translation>
    </message>
    <message>
        <source>Дата вып.</source>
        <translation>Дата вык.</translation>
    </message>
    <message>
        <source>Отметка о выполнении</source>
        <translation>Адзнака аб выкананні</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>⚠ Срок истёк {date}, мероприятие не отмечено выполненным.</source>
        <translation>⚠ Тэрмін мінуў {date}, мерапрыемства не адзначана выкананым.</translation>
    </message>
    <message>
        <source>Специалист центра</source>
        <translation>Спецыяліст цэнтра</translation>
    </message>
    <message>
        <source>Организация</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <source>Отметки о выполнении ставятся кнопкой «Отметить выполнение…».</source>
        <translation>Адзнакі аб выкананні ставяцца кнопкай «Адзначыць выкананне…».</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>&amp;Версия:</source>
        <translation>&amp;Версія:</translation>
    </message>
    <message>
        <source>Отметить со&amp;гласование с семьёй…</source>
        <translation>Адзначыць уз&amp;гадненне з сям&apos;ёй…</translation>
    </message>
    <message>
        <source>Отметить под&amp;пись семьи…</source>
        <translation>Адзначыць под&amp;піс сям&apos;і…</translation>
    </message>
    <message>
        <source>Ошибки в строках плана</source>
        <translation>Памылкі ў радках плана</translation>
    </message>
    <message>
        <source>Мероприятия плана</source>
        <translation>Мерапрыемствы плана</translation>
    </message>
    <message>
        <source>Мероприятия версии плана (только чтение)</source>
        <translation>Мерапрыемствы версіі плана (толькі чытанне)</translation>
    </message>
    <message>
        <source>&amp;Добавить строку</source>
        <translation>&amp;Дадаць радок</translation>
    </message>
    <message>
        <source>Добавить мероприятие под выбранной строкой (Ctrl+Ins)</source>
        <translation>Дадаць мерапрыемства пад выбраным радком (Ctrl+Ins)</translation>
    </message>
    <message>
        <source>&amp;Удалить строку</source>
        <translation>&amp;Выдаліць радок</translation>
    </message>
    <message>
        <source>Убрать мероприятие из новой версии (Ctrl+Del); прежние версии не меняются</source>
        <translation>Прыбраць мерапрыемства з новай версіі (Ctrl+Del); ранейшыя версіі не мяняюцца</translation>
    </message>
    <message>
        <source>▲ Вы&amp;ше</source>
        <translation>▲ Вы&amp;шэй</translation>
    </message>
    <message>
        <source>Переместить строку выше (Ctrl+↑)</source>
        <translation>Перамясціць радок вышэй (Ctrl+↑)</translation>
    </message>
    <message>
        <source>▼ Ни&amp;же</source>
        <translation>▼ Ні&amp;жэй</translation>
    </message>
    <message>
        <source>Переместить строку ниже (Ctrl+↓)</source>
        <translation>Перамясціць радок ніжэй (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Отметить в&amp;ыполнение…</source>
        <translation>Адзначыць в&amp;ыкананне…</translation>
    </message>
    <message>
        <source>Дата &amp;составления:</source>
        <translation>Дата &amp;складання:</translation>
    </message>
    <message>
        <source>почему план пересматривается</source>
        <translation>чаму план пераглядаецца</translation>
    </message>
    <message>
        <source>&amp;Причина пересмотра:</source>
        <translation>&amp;Прычына перагляду:</translation>
    </message>
    <message>
        <source>&amp;Отменить изменения</source>
        <translation>&amp;Адмяніць змены</translation>
    </message>
    <message>
        <source>Сохранить как &amp;новую версию</source>
        <translation>Захаваць як &amp;новую версію</translation>
    </message>
    <message>
        <source>Сохранить план как новую версию (Ctrl+S); прежние версии сохраняются</source>
        <translation>Захаваць план як новую версію (Ctrl+S); ранейшыя версіі захоўваюцца</translation>
    </message>
    <message>
        <source>План</source>
        <translation>План</translation>
    </message>
    <message>
        <source>План № {number}</source>
        <translation>План № {number}</translation>
    </message>
    <message>
        <source>План сопровождения</source>
        <translation>План суправаджэння</translation>
    </message>
    <message>
        <source>новый план (ещё не сохранён)</source>
        <translation>новы план (яшчэ не захаваны)</translation>
    </message>
    <message>
        <source>согласована {date}</source>
        <translation>узгоднена {date}</translation>
    </message>
    <message>
        <source>не согласована</source>
        <translation>не ўзгоднена</translation>
    </message>
    <message>
        <source>Версия {n} от {date} — {agreed}</source>
        <translation>Версія {n} ад {date} — {agreed}</translation>
    </message>
    <message>
        <source> — пересмотр: {reason}</source>
        <translation> — перагляд: {reason}</translation>
    </message>
    <message>
        <source> — подписана {date}</source>
        <translation> — падпісана {date}</translation>
    </message>
    <message>
        <source> (действующая)</source>
        <translation> (дзейная)</translation>
    </message>
    <message>
        <source>Составлена {date}</source>
        <translation>Складзена {date}</translation>
    </message>
    <message>
        <source>Согласована с семьёй {date}: {who}</source>
        <translation>Узгоднена з сям&apos;ёй {date}: {who}</translation>
    </message>
    <message>
        <source>Причина пересмотра: {reason}</source>
        <translation>Прычына перагляду: {reason}</translation>
    </message>
    <message>
        <source>План ещё не составлен. Добавьте мероприятия (проблема → цель → мероприятие → ответственный → срок) и сохраните их: это будет версия 1. Затем отметьте согласование с семьёй.</source>
        <translation>План яшчэ не складзены. Дадайце мерапрыемствы (праблема → мэта → мерапрыемства → адказны → тэрмін) і захавайце іх: гэта будзе версія 1. Потым адзначце ўзгадненне з сям&apos;ёй.</translation>
    </message>
    <message>
        <source>Сначала проведите обследование и определите проблемы семьи.</source>
        <translation>Спачатку правядзіце абследаванне і вызначце праблемы сям&apos;і.</translation>
    </message>
    <message>
        <source>Архивная версия {n}: только просмотр. Действующая — версия {current}.</source>
        <translation>Архіўная версія {n}: толькі прагляд. Дзейная — версія {current}.</translation>
    </message>
    <message>
        <source>✓ Версия {n} от {date} согласована с семьёй {agreed} ({who}).</source>
        <translation>✓ Версія {n} ад {date} узгоднена з сям&apos;ёй {agreed} ({who}).</translation>
    </message>
    <message>
        <source>⚠ Версия {n} от {date} ещё не согласована с семьёй: распечатайте план, обсудите его с семьёй и отметьте согласование.</source>
        <translation>⚠ Версія {n} ад {date} яшчэ не ўзгоднена з сям&apos;ёй: раздрукуйце план, абмяркуйце яго з сям&apos;ёй і адзначце ўзгадненне.</translation>
    </message>
    <message>
        <source>Причина пересмотра: {reason}.</source>
        <translation>Прычына перагляду: {reason}.</translation>
    </message>
    <message>
        <source>Случай закрыт: план только для просмотра.</source>
        <translation>Выпадак закрыты: план толькі для прагляду.</translation>
    </message>
    <message>
        <source>✍ Версия {n} подписана семьёй {date} ({who}).</source>
        <translation>✍ Версія {n} падпісана сям&apos;ёй {date} ({who}).</translation>
    </message>
    <message>
        <source>Отпечаток {fp}.</source>
        <translation>Адбітак {fp}.</translation>
    </message>
    <message>
        <source>✍ Версия {n} не подписана семьёй (подписана версия {signed} от {date}): распечатайте её и отметьте подпись.</source>
        <translation>✍ Версія {n} не падпісана сям&apos;ёй (падпісана версія {signed} ад {date}): раздрукуйце яе і адзначце подпіс.</translation>
    </message>
    <message>
        <source>✍ Версия {n} ещё не подписана семьёй.</source>
        <translation>✍ Версія {n} яшчэ не падпісана сям&apos;ёй.</translation>
    </message>
    <message>
        <source>Отметить выполнение выбранного мероприятия в действующей версии (Ctrl+M)</source>
        <translation>Адзначыць выкананне выбранага мерапрыемства ў дзейнай версіі (Ctrl+M)</translation>
    </message>
    <message>
        <source>Отметки ставятся на сохранённые мероприятия действующей версии.</source>
        <translation>Адзнакі ставяцца на захаваныя мерапрыемствы дзейнай версіі.</translation>
    </message>
    <message>
        <source>Сначала сохраните изменения плана.</source>
        <translation>Спачатку захавайце змены плана.</translation>
    </message>
    <message>
        <source>Отметить, что план составлен совместно с семьёй и согласован с ней.</source>
        <translation>Адзначыць, што план складзены сумесна з сям&apos;ёй і ўзгоднены з ёю.</translation>
    </message>
    <message>
        <source>Отметить, что семья подписала распечатанную версию; после этого версия не меняется.</source>
        <translation>Адзначыць, што сям&apos;я падпісала раздрукаваную версію; пасля гэтага версія не мяняецца.</translation>
    </message>
    <message>
        <source>Строка {n}: {message}</source>
        <translation>Радок {n}: {message}</translation>
    </message>
    <message>
        <source>Версия {n} от {date}. Отметьте, что семья подписала распечатанный план этой версии: после этого изменения плана сохраняются новой версией, которую семья подпишет заново.</source>
        <translation>Версія {n} ад {date}. Адзначце, што сям&apos;я падпісала раздрукаваны план гэтай версіі: пасля гэтага змены плана захоўваюцца новай версіяй, якую сям&apos;я падпіша нанава.</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Запланированное посещение</source>
        <translation>Запланаванае наведванне</translation>
    </message>
    <message>
        <source>Запланировать посещение</source>
        <translation>Запланаваць наведванне</translation>
    </message>
    <message>
        <source>например: вместе с педагогом СПЦ</source>
        <translation>напрыклад: разам з педагогам СПЦ</translation>
    </message>
    <message>
        <source>Семья:</source>
        <translation>Сям&apos;я:</translation>
    </message>
    <message>
        <source>&amp;Дата*:</source>
        <translation>&amp;Дата*:</translation>
    </message>
    <message>
        <source>&amp;Заметка:</source>
        <translation>&amp;Нататка:</translation>
    </message>
    <message>
        <source>&amp;Запланировать</source>
        <translation>&amp;Запланаваць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
</context>
<context>
    <name>PlannedVisitsBox</name>
    <message>
        <source>Запланированные посещения</source>
        <translation>Запланаваныя наведванні</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Заметка</source>
        <translation>Нататка</translation>
    </message>
    <message>
        <source>Запланированные посещения семьи</source>
        <translation>Запланаваныя наведванні сям&apos;і</translation>
    </message>
    <message>
        <source>Запланированных посещений нет.</source>
        <translation>Запланаваных наведванняў няма.</translation>
    </message>
    <message>
        <source>Отметить п&amp;роведённым</source>
        <translation>Адзначыць п&amp;раведзеным</translation>
    </message>
    <message>
        <source>Записать посещение на дому в запланированный день (не позже сегодняшнего)</source>
        <translation>Запісаць наведванне на даму ў запланаваны дзень (не пазней за сённяшні)</translation>
    </message>
    <message>
        <source>Перен&amp;ести…</source>
        <translation>Перан&amp;есці…</translation>
    </message>
    <message>
        <source>Отм&amp;енить</source>
        <translation>Ад&amp;мяніць</translation>
    </message>
    <message>
        <source>Отменить выбранное запланированное посещение</source>
        <translation>Адмяніць выбранае запланаванае наведванне</translation>
    </message>
    <message>
        <source>(перенесено с {day})</source>
        <translation>(перанесена з {day})</translation>
    </message>
    <message>
        <source>✗ просрочено</source>
        <translation>✗ пратэрмінавана</translation>
    </message>
    <message>
        <source>Запланировать на {day}</source>
        <translation>Запланаваць на {day}</translation>
    </message>
</context>
<context>
    <name>PrintListsDialog</name>
    <message>
        <source>Печать списков центра</source>
        <translation>Друк спісаў цэнтра</translation>
    </message>
    <message>
        <source>&amp;Журнал учёта семей за год:</source>
        <translation>&amp;Журнал уліку сем&apos;яў за год:</translation>
    </message>
    <message>
        <source>&amp;Лист посещений на неделю:</source>
        <translation>&amp;Ліст наведванняў на тыдзень:</translation>
    </message>
    <message>
        <source>Год журнала</source>
        <translation>Год журнала</translation>
    </message>
    <message>
        <source>Специалист</source>
        <translation>Спецыяліст</translation>
    </message>
    <message>
        <source>Любой день недели</source>
        <translation>Любы дзень тыдня</translation>
    </message>
    <message>
        <source>Любой день недели: лист составляется с понедельника по воскресенье.</source>
        <translation>Любы дзень тыдня: ліст складаецца з панядзелка па нядзелю.</translation>
    </message>
    <message>
        <source>Просмотр…</source>
        <translation>Прагляд…</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Сохранить документ</source>
        <translation>Захаваць дакумент</translation>
    </message>
    <message>
        <source>Документ PDF (*.pdf)</source>
        <translation>Дакумент PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Печать: {title}</source>
        <translation>Друк: {title}</translation>
    </message>
    <message>
        <source>Просмотр документа</source>
        <translation>Прагляд дакумента</translation>
    </message>
    <message>
        <source>русский</source>
        <translation>руская</translation>
    </message>
    <message>
        <source>беларуская</source>
        <translation>беларуская</translation>
    </message>
    <message>
        <source>&amp;Язык документа:</source>
        <translation>&amp;Мова дакумента:</translation>
    </message>
    <message>
        <source>Документ готовится</source>
        <translation>Дакумент рыхтуецца</translation>
    </message>
    <message>
        <source>&amp;Печать…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>&amp;Сохранить как PDF…</source>
        <translation>&amp;Захаваць як PDF…</translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation>&amp;Закрыць</translation>
    </message>
    <message>
        <source>Документ готовится…</source>
        <translation>Дакумент рыхтуецца…</translation>
    </message>
    <message>
        <source>Страниц: {n}</source>
        <translation>Старонак: {n}</translation>
    </message>
    <message>
        <source>Документ не удалось подготовить.</source>
        <translation>Дакумент не ўдалося падрыхтаваць.</translation>
    </message>
    <message>
        <source>Документ не сохранён</source>
        <translation>Дакумент не захаваны</translation>
    </message>
    <message>
        <source>Не удалось записать файл {path}: {reason}</source>
        <translation>Не ўдалося запісаць файл {path}: {reason}</translation>
    </message>
    <message>
        <source>Сохранено: {path}</source>
        <translation>Захавана: {path}</translation>
    </message>
    <message>
        <source>Отправлено на печать.</source>
        <translation>Адпраўлена на друк.</translation>
    </message>
</context>
<context>
    <name>ProblemsSection</name>
    <message>
        <source>Проблемы семьи ещё не определены.</source>
        <translation>Праблемы сям&apos;і яшчэ не вызначаны.</translation>
    </message>
    <message>
        <source>Проблемы, которые семья не может решить самостоятельно</source>
        <translation>Праблемы, якія сям&apos;я не можа вырашыць самастойна</translation>
    </message>
    <message>
        <source>Проблемы</source>
        <translation>Праблемы</translation>
    </message>
    <message>
        <source>Новая проблема</source>
        <translation>Новая праблема</translation>
    </message>
    <message>
        <source>например: мать не работает, задолженность за ЖКУ</source>
        <translation>напрыклад: маці не працуе, запазычанасць за ЖКП</translation>
    </message>
    <message>
        <source>&amp;Добавить проблему</source>
        <translation>&amp;Дадаць праблему</translation>
    </message>
    <message>
        <source>Добавить проблему в список (Enter в поле описания)</source>
        <translation>Дадаць праблему ў спіс (Enter у полі апісання)</translation>
    </message>
    <message>
        <source>&amp;Описание*:</source>
        <translation>&amp;Апісанне*:</translation>
    </message>
    <message>
        <source>&amp;Кого касается:</source>
        <translation>&amp;Каго датычыць:</translation>
    </message>
    <message>
        <source>Дата &amp;выявления*:</source>
        <translation>Дата &amp;выяўлення*:</translation>
    </message>
    <message>
        <source>вся семья</source>
        <translation>уся сям&apos;я</translation>
    </message>
</context>
<context>
    <name>ProblemsTableModel</name>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Проблема</source>
        <translation>Праблема</translation>
    </message>
    <message>
        <source>Кого касается</source>
        <translation>Каго датычыць</translation>
    </message>
    <message>
        <source>Выявлена</source>
        <translation>Выяўлена</translation>
    </message>
    <message>
        <source>вся семья</source>
        <translation>уся сям&apos;я</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Передача семьи</source>
        <translation>Перадача сям&apos;і</translation>
    </message>
    <message>
        <source>Передать семью другому специалисту</source>
        <translation>Перадаць сям&apos;ю іншаму спецыялісту</translation>
    </message>
    <message>
        <source>Сейчас ответственный: {name}</source>
        <translation>Цяпер адказны: {name}</translation>
    </message>
    <message>
        <source>— выберите специалиста —</source>
        <translation>— выберыце спецыяліста —</translation>
    </message>
    <message>
        <source>&amp;Новый ответственный специалист:</source>
        <translation>&amp;Новы адказны спецыяліст:</translation>
    </message>
    <message>
        <source>&amp;Передать</source>
        <translation>&amp;Перадаць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
    <message>
        <source>Выберите специалиста, которому передать семью.</source>
        <translation>Выберыце спецыяліста, якому перадаць сям&apos;ю.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Сохранить</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>&amp;Добавить…</source>
        <translation>&amp;Дадаць…</translation>
    </message>
    <message>
        <source>&amp;Изменить…</source>
        <translation>&amp;Змяніць…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Настройки</source>
        <translation>Налады</translation>
    </message>
    <message>
        <source>Специалист</source>
        <translation>Спецыяліст</translation>
    </message>
    <message>
        <source>Записи и журнал действий ведутся от имени выбранного специалиста. Выбор запоминается на этом компьютере.</source>
        <translation>Запісы і журнал дзеянняў вядуцца ад імя выбранага спецыяліста. Выбар запамінаецца на гэтым камп&apos;ютары.</translation>
    </message>
    <message>
        <source>Я &amp;работаю как:</source>
        <translation>Я &amp;працую як:</translation>
    </message>
    <message>
        <source>Язык интерфейса</source>
        <translation>Мова інтэрфейсу</translation>
    </message>
    <message>
        <source>Язык сменится при следующем запуске программы.</source>
        <translation>Мова зменіцца пры наступным запуску праграмы.</translation>
    </message>
    <message>
        <source>&amp;Язык:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Правила центра</source>
        <translation>Правілы цэнтра</translation>
    </message>
    <message>
        <source>Правила действуют для всех специалистов центра. Сохраняются кнопкой «Сохранить правила».</source>
        <translation>Правілы дзейнічаюць для ўсіх спецыялістаў цэнтра. Захоўваюцца кнопкай «Захаваць правілы».</translation>
    </message>
    <message>
        <source>Остальные виды записываются, но в норму не идут. Изменение касается посещений, записанных после сохранения; у записанных раньше отметка остаётся прежней.</source>
        <translation>Астатнія віды запісваюцца, але ў норму не ідуць. Змяненне датычыцца наведванняў, запісаных пасля захавання; у запісаных раней адзнака застаецца ранейшай.</translation>
    </message>
    <message>
        <source>&amp;Договор до согласования плана — запрещён (иначе предупреждение)</source>
        <translation>&amp;Дагавор да ўзгаднення плана — забаронены (інакш папярэджанне)</translation>
    </message>
    <message>
        <source>&amp;Сохранить правила</source>
        <translation>&amp;Захаваць правілы</translation>
    </message>
    <message>
        <source>&amp;Отменить изменения</source>
        <translation>&amp;Адмяніць змены</translation>
    </message>
    <message>
        <source>В норму посещений
засчитываются:</source>
        <translation>У норму наведванняў
залічваюцца:</translation>
    </message>
    <message>
        <source>Где хранятся данные</source>
        <translation>Дзе захоўваюцца даныя</translation>
    </message>
    <message>
        <source>Сюда центр кладёт свои копии шаблонов документов (ru/plan.toml, be/contract.toml…), скопировав их из папки resources/templates программы; программа берёт копию центра.</source>
        <translation>Сюды цэнтр кладзе свае копіі шаблонаў дакументаў (ru/plan.toml, be/contract.toml…), скапіраваўшы іх з папкі resources/templates праграмы; праграма бярэ копію цэнтра.</translation>
    </message>
    <message>
        <source>База данных:</source>
        <translation>База даных:</translation>
    </message>
    <message>
        <source>Папка данных:</source>
        <translation>Папка даных:</translation>
    </message>
    <message>
        <source>Папка журналов:</source>
        <translation>Папка журналаў:</translation>
    </message>
    <message>
        <source>Файл настроек:</source>
        <translation>Файл налад:</translation>
    </message>
    <message>
        <source>Шаблоны документов центра:</source>
        <translation>Шаблоны дакументаў цэнтра:</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>Не удалось записать файл настроек {path}: выбор действует до закрытия программы.</source>
        <translation>Не ўдалося запісаць файл налад {path}: выбар дзейнічае да закрыцця праграмы.</translation>
    </message>
    <message>
        <source>Правила сохранены.</source>
        <translation>Правілы захаваны.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Подпись семьи на документе</source>
        <translation>Подпіс сям&apos;і на дакуменце</translation>
    </message>
    <message>
        <source>&amp;Дата подписи:</source>
        <translation>&amp;Дата подпісу:</translation>
    </message>
    <message>
        <source>&amp;Кто подписал от семьи:</source>
        <translation>&amp;Хто падпісаў ад сям&apos;і:</translation>
    </message>
    <message>
        <source>Отметить подпись</source>
        <translation>Адзначыць подпіс</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <source>выполнено</source>
        <translation>выканана</translation>
    </message>
    <message>
        <source>текущий шаг</source>
        <translation>бягучы крок</translation>
    </message>
    <message>
        <source>заблокировано</source>
        <translation>заблакіравана</translation>
    </message>
    <message>
        <source>впереди</source>
        <translation>наперадзе</translation>
    </message>
    <message>
        <source>Шаг «{stage}» заблокирован: {reasons}</source>
        <translation>Крок «{stage}» заблакіраваны: {reasons}</translation>
    </message>
</context>
<context>
    <name>StickChooser</name>
    <message>
        <source>{size} ГБ</source>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <source>{size} МБ</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>&amp;Обновить</source>
        <translation>&amp;Абнавіць</translation>
    </message>
    <message>
        <source>Поискать вставленные носители ещё раз</source>
        <translation>Пашукаць устаўленыя носьбіты яшчэ раз</translation>
    </message>
    <message>
        <source>Друга&amp;я папка…</source>
        <translation>Інша&amp;я папка…</translation>
    </message>
    <message>
        <source>{name} — свободно {free} ({path})</source>
        <translation>{name} — вольна {free} ({path})</translation>
    </message>
    <message>
        <source>Носитель не найден — вставьте флешку и нажмите «Обновить»</source>
        <translation>Носьбіт не знойдзены — устаўце флэшку і націсніце «Абнавіць»</translation>
    </message>
    <message>
        <source>Папка для файла обмена</source>
        <translation>Папка для файла абмену</translation>
    </message>
</context>
<context>
    <name>SuggestVisitDialog</name>
    <message>
        <source>Запланировать посещение</source>
        <translation>Запланаваць наведванне</translation>
    </message>
    <message>
        <source>Запланировать посещение на {day}</source>
        <translation>Запланаваць наведванне на {day}</translation>
    </message>
    <message>
        <source>Другая &amp;дата…</source>
        <translation>Іншая &amp;дата…</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Предложенные даты (рабочие дни) — щелчок планирует посещение:</source>
        <translation>Прапанаваныя даты (працоўныя дні) — пстрык плануе наведванне:</translation>
    </message>
    <message>
        <source>✓ {day} — запланировано</source>
        <translation>✓ {day} — запланавана</translation>
    </message>
</context>
<context>
    <name>SurveySection</name>
    <message>
        <source>остался {n} рабочий день</source>
        <translation>застаўся {n} працоўны дзень</translation>
    </message>
    <message>
        <source>осталось {n} рабочих дня</source>
        <translation>засталося {n} працоўныя дні</translation>
    </message>
    <message>
        <source>осталось {n} рабочих дней</source>
        <translation>засталося {n} працоўных дзён</translation>
    </message>
    <message>
        <source>Срок обследования: {deadline}, {left}</source>
        <translation>Тэрмін абследавання: {deadline}, {left}</translation>
    </message>
    <message>
        <source>Срок обследования: {deadline}, сегодня последний день</source>
        <translation>Тэрмін абследавання: {deadline}, сёння апошні дзень</translation>
    </message>
    <message>
        <source>{n} рабочий день</source>
        <translation>{n} працоўны дзень</translation>
    </message>
    <message>
        <source>{n} рабочих дня</source>
        <translation>{n} працоўныя дні</translation>
    </message>
    <message>
        <source>{n} рабочих дней</source>
        <translation>{n} працоўных дзён</translation>
    </message>
    <message>
        <source>⚠ Просрочено на {late}: срок обследования был {deadline}</source>
        <translation>⚠ Пратэрмінавана на {late}: тэрмін абследавання быў {deadline}</translation>
    </message>
    <message>
        <source>Акты обследования</source>
        <translation>Акты абследавання</translation>
    </message>
    <message>
        <source>&amp;Новый акт обследования…</source>
        <translation>&amp;Новы акт абследавання…</translation>
    </message>
    <message>
        <source>Записать повторное обследование семьи</source>
        <translation>Запісаць паўторнае абследаванне сям&apos;і</translation>
    </message>
    <message>
        <source>&amp;Сохранить акт</source>
        <translation>&amp;Захаваць акт</translation>
    </message>
    <message>
        <source>Сохранить акт обследования (Ctrl+S)</source>
        <translation>Захаваць акт абследавання (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Отменить</source>
        <translation>&amp;Адмяніць</translation>
    </message>
    <message>
        <source>Не записывать новый акт</source>
        <translation>Не запісваць новы акт</translation>
    </message>
    <message>
        <source>Обследование</source>
        <translation>Абследаванне</translation>
    </message>
    <message>
        <source>фамилии и инициалы, должности</source>
        <translation>прозвішчы і ініцыялы, пасады</translation>
    </message>
    <message>
        <source>— выберите —</source>
        <translation>— выберыце —</translation>
    </message>
    <message>
        <source>отопление, водоснабжение, канализация, газ …</source>
        <translation>ацяпленне, водазабеспячэнне, каналізацыя, газ …</translation>
    </message>
    <message>
        <source>заработная плата, пенсия, пособия, алименты …</source>
        <translation>заработная плата, пенсія, дапамогі, аліменты …</translation>
    </message>
    <message>
        <source>рассчитается сам</source>
        <translation>разлічыцца сам</translation>
    </message>
    <message>
        <source>Если оставить пустым, программа разделит доход семьи на число её членов.</source>
        <translation>Калі пакінуць пустым, праграма падзеліць даход сям&apos;і на колькасць яе членаў.</translation>
    </message>
    <message>
        <source>&amp;Дата обследования*:</source>
        <translation>&amp;Дата абследавання*:</translation>
    </message>
    <message>
        <source>Обследование про&amp;водили*:</source>
        <translation>Абследаванне пра&amp;водзілі*:</translation>
    </message>
    <message>
        <source>&amp;Тип жилья*:</source>
        <translation>&amp;Тып жылля*:</translation>
    </message>
    <message>
        <source>Состояние &amp;жилья:</source>
        <translation>Стан &amp;жылля:</translation>
    </message>
    <message>
        <source>&amp;Благоустройство:</source>
        <translation>&amp;Добраўпарадкаванне:</translation>
    </message>
    <message>
        <source>&amp;Источники дохода:</source>
        <translation>&amp;Крыніцы даходу:</translation>
    </message>
    <message>
        <source>Доход семьи, &amp;руб. в месяц:</source>
        <translation>Даход сям&apos;і, &amp;руб. у месяц:</translation>
    </message>
    <message>
        <source>Средн&amp;едушевой доход, руб.:</source>
        <translation>Сярэдн&amp;ядушавы даход, руб.:</translation>
    </message>
    <message>
        <source>&amp;Заключение*:</source>
        <translation>&amp;Заключэнне*:</translation>
    </message>
    <message>
        <source>* — обязательные поля</source>
        <translation>* — абавязковыя палі</translation>
    </message>
    <message>
        <source>акт от {date}</source>
        <translation>акт ад {date}</translation>
    </message>
    <message>
        <source>{act} (повторный)</source>
        <translation>{act} (паўторны)</translation>
    </message>
    <message>
        <source>Акт обследования материально-бытового положения от {date}</source>
        <translation>Акт абследавання матэрыяльна-бытавога становішча ад {date}</translation>
    </message>
    <message>
        <source>Новый акт обследования (повторное обследование)</source>
        <translation>Новы акт абследавання (паўторнае абследаванне)</translation>
    </message>
    <message>
        <source>Акт обследования материально-бытового положения ещё не составлен</source>
        <translation>Акт абследавання матэрыяльна-бытавога становішча яшчэ не складзены</translation>
    </message>
    <message>
        <source>Тип жилья: обязательное поле.</source>
        <translation>Тып жылля: абавязковае поле.</translation>
    </message>
    <message>
        <source>Доход семьи</source>
        <translation>Даход сям&apos;і</translation>
    </message>
    <message>
        <source>Среднедушевой доход</source>
        <translation>Сярэднядушавы даход</translation>
    </message>
    <message>
        <source>{label}: введите сумму числом, например 850,50.</source>
        <translation>{label}: увядзіце суму лікам, напрыклад 850,50.</translation>
    </message>
</context>
<context>
    <name>SyncValues</name>
    <message>
        <source>{day} в {time}</source>
        <translation>{day} у {time}</translation>
    </message>
    <message>
        <source>Запись удалена</source>
        <translation>Запіс выдалены</translation>
    </message>
    <message>
        <source>(пусто)</source>
        <translation>(пуста)</translation>
    </message>
    <message>
        <source>Да</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>Нет</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Дата: введите её как дд.мм.гггг, например 01.12.2026.</source>
        <translation>Дата: увядзіце яе як дд.мм.гггг, напрыклад 01.12.2026.</translation>
    </message>
    <message>
        <source>Дата: такой даты нет в календаре.</source>
        <translation>Дата: такой даты няма ў календары.</translation>
    </message>
    <message>
        <source>Число: введите целое число.</source>
        <translation>Лік: увядзіце цэлы лік.</translation>
    </message>
    <message>
        <source>Ответ: введите «Да» или «Нет».</source>
        <translation>Адказ: увядзіце «Так» або «Не».</translation>
    </message>
    <message>
        <source>Значение: нарушена запись JSON.</source>
        <translation>Значэнне: парушаны запіс JSON.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Се&amp;мьи:</source>
        <translation>Се&amp;м&apos;і:</translation>
    </message>
    <message>
        <source>&amp;Группировать по населённым пунктам</source>
        <translation>&amp;Групаваць па населеных пунктах</translation>
    </message>
    <message>
        <source>Все семьи одного населённого пункта вместе: одна поездка — все дела в деревне</source>
        <translation>Усе сем&apos;і аднаго населенага пункта разам: адна паездка — усе справы ў вёсцы</translation>
    </message>
    <message>
        <source>О&amp;бновить</source>
        <translation>А&amp;бнавіць</translation>
    </message>
    <message>
        <source>№ дела</source>
        <translation>№ справы</translation>
    </message>
    <message>
        <source>Семья</source>
        <translation>Сям&apos;я</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Населены пункт</translation>
    </message>
    <message>
        <source>Что и почему</source>
        <translation>Што і чаму</translation>
    </message>
    <message>
        <source>Срок</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <source>Отметка</source>
        <translation>Адзнака</translation>
    </message>
    <message>
        <source>Действие</source>
        <translation>Дзеянне</translation>
    </message>
    <message>
        <source>Дела на сегодня</source>
        <translation>Справы на сёння</translation>
    </message>
    <message>
        <source>✓ &amp;Визит проведён</source>
        <translation>✓ &amp;Візіт праведзены</translation>
    </message>
    <message>
        <source>Записать посещение на дому сегодня для выбранной семьи ({shortcut})</source>
        <translation>Запісаць наведванне на даму сёння для выбранай сям&apos;і ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Запланировать…</source>
        <translation>&amp;Запланаваць…</translation>
    </message>
    <message>
        <source>Предложенные даты посещений, чтобы не нарушить норму ({shortcut})</source>
        <translation>Прапанаваныя даты наведванняў, каб не парушыць норму ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Открыть карточку</source>
        <translation>&amp;Адкрыць картку</translation>
    </message>
    <message>
        <source>Карточка выбранной семьи (Enter или двойной щелчок)</source>
        <translation>Картка выбранай сям&apos;і (Enter або двайны пстрык)</translation>
    </message>
    <message>
        <source>Загрузка…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Сегодня, {day}</source>
        <translation>Сёння, {day}</translation>
    </message>
    <message>
        <source>Не удалось загрузить повестку</source>
        <translation>Не ўдалося загрузіць парадак дня</translation>
    </message>
    <message>
        <source>Нормы посещений не выполнены</source>
        <translation>Нормы наведванняў не выкананы</translation>
    </message>
    <message>
        <source>Обследования просрочены</source>
        <translation>Абследаванні пратэрмінаваны</translation>
    </message>
    <message>
        <source>Под угрозой невыполнения нормы</source>
        <translation>Пад пагрозай невыканання нормы</translation>
    </message>
    <message>
        <source>Посещения на этой неделе</source>
        <translation>Наведванні на гэтым тыдні</translation>
    </message>
    <message>
        <source>Мероприятия плана к сроку</source>
        <translation>Мерапрыемствы плана да тэрміну</translation>
    </message>
    <message>
        <source>Договоры заканчиваются в течение 14 дней</source>
        <translation>Дагаворы, што заканчваюцца на працягу 14 дзён</translation>
    </message>
    <message>
        <source>Посещены сегодня</source>
        <translation>Наведаны сёння</translation>
    </message>
    <message>
        <source>Норма не выполнена ({kind}): {done} из {required} посещ. за {start}–{end}</source>
        <translation>Норма не выканана ({kind}): {done} з {required} навед. за {start}–{end}</translation>
    </message>
    <message>
        <source>Обследование не проведено: заявление от {applied}, срок — 3 рабочих дня</source>
        <translation>Абследаванне не праведзена: заява ад {applied}, тэрмін — 3 працоўныя дні</translation>
    </message>
    <message>
        <source>Нужно ещё {needed} посещ. до {end} ({kind}), а рабочих дней почти не осталось</source>
        <translation>Трэба яшчэ {needed} навед. да {end} ({kind}), а працоўных дзён амаль не засталося</translation>
    </message>
    <message>
        <source>Запланированное посещение (перенесено с {day})</source>
        <translation>Запланаванае наведванне (перанесена з {day})</translation>
    </message>
    <message>
        <source>Запланированное посещение</source>
        <translation>Запланаванае наведванне</translation>
    </message>
    <message>
        <source>Нужно ещё {needed} посещ. до конца окна {start}–{end} ({kind})</source>
        <translation>Трэба яшчэ {needed} навед. да канца акна {start}–{end} ({kind})</translation>
    </message>
    <message>
        <source>Мероприятие плана: {measure}</source>
        <translation>Мерапрыемства плана: {measure}</translation>
    </message>
    <message>
        <source>Договор № {number} заканчивается — продлить или подвести итоги</source>
        <translation>Дагавор № {number} заканчваецца — падоўжыць або падвесці вынікі</translation>
    </message>
    <message>
        <source>Посещение записано сегодня: {done} из {required} за {start}–{end}</source>
        <translation>Наведванне запісана сёння: {done} з {required} за {start}–{end}</translation>
    </message>
    <message>
        <source>просрочено</source>
        <translation>пратэрмінавана</translation>
    </message>
    <message>
        <source>скоро срок</source>
        <translation>хутка тэрмін</translation>
    </message>
    <message>
        <source>заканчивается</source>
        <translation>заканчваецца</translation>
    </message>
    <message>
        <source>не проведено в срок</source>
        <translation>не праведзена ў тэрмін</translation>
    </message>
    <message>
        <source>запланировано</source>
        <translation>запланавана</translation>
    </message>
    <message>
        <source>✓ Визит проведён</source>
        <translation>✓ Візіт праведзены</translation>
    </message>
    <message>
        <source>Щёлкните, чтобы записать посещение на дому сегодня</source>
        <translation>Пстрыкніце, каб запісаць наведванне на даму сёння</translation>
    </message>
    <message>
        <source>{settlement} — {count}</source>
        <translation>{settlement} — {count}</translation>
    </message>
    <message>
        <source>без адреса</source>
        <translation>без адраса</translation>
    </message>
    <message>
        <source>{title} — {count}</source>
        <translation>{title} — {count}</translation>
    </message>
    <message>
        <source>На сегодня ничего не требует внимания.</source>
        <translation>На сёння нічога не патрабуе ўвагі.</translation>
    </message>
    <message>
        <source>Дел: {total}, из них посещено сегодня: {visited}.</source>
        <translation>Спраў: {total}, з іх наведана сёння: {visited}.</translation>
    </message>
    <message>
        <source>✓ Посещение семьи {family} записано.</source>
        <translation>✓ Наведванне сям&apos;і {family} запісана.</translation>
    </message>
    <message>
        <source>✗ Посещение не записано: {reason}</source>
        <translation>✗ Наведванне не запісана: {reason}</translation>
    </message>
</context>
<context>
    <name>TypeChangeDialog</name>
    <message>
        <source>Смена вида патроната</source>
        <translation>Змена віду патранату</translation>
    </message>
    <message>
        <source>Вид патроната</source>
        <translation>Від патранату</translation>
    </message>
    <message>
        <source>Сейчас: {type} с {start}. Текущий период закончится накануне новой даты.</source>
        <translation>Цяпер: {type} з {start}. Бягучы перыяд скончыцца напярэдадні новай даты.</translation>
    </message>
    <message>
        <source>Вид патроната ещё не установлен.</source>
        <translation>Від патранату яшчэ не ўстаноўлены.</translation>
    </message>
    <message>
        <source>Например: угроза жизни и здоровью ребёнка устранена</source>
        <translation>Напрыклад: пагроза жыццю і здароўю дзіцяці ўстаранена</translation>
    </message>
    <message>
        <source>&amp;Новый вид:</source>
        <translation>&amp;Новы від:</translation>
    </message>
    <message>
        <source>&amp;Дата начала:</source>
        <translation>&amp;Дата пачатку:</translation>
    </message>
    <message>
        <source>&amp;Причина*:</source>
        <translation>&amp;Прычына*:</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
</context>
<context>
    <name>TypeSection</name>
    <message>
        <source>С&amp;менить вид…</source>
        <translation>З&amp;мяніць від…</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Начало</source>
        <translation>Пачатак</translation>
    </message>
    <message>
        <source>Окончание</source>
        <translation>Заканчэнне</translation>
    </message>
    <message>
        <source>Причина</source>
        <translation>Прычына</translation>
    </message>
    <message>
        <source>История видов патроната</source>
        <translation>Гісторыя відаў патранату</translation>
    </message>
    <message>
        <source>Период</source>
        <translation>Перыяд</translation>
    </message>
    <message>
        <source>Нужно</source>
        <translation>Трэба</translation>
    </message>
    <message>
        <source>Сделано</source>
        <translation>Зроблена</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Соблюдение нормы посещений</source>
        <translation>Выкананне нормы наведванняў</translation>
    </message>
    <message>
        <source>Текущий вид</source>
        <translation>Бягучы від</translation>
    </message>
    <message>
        <source>История</source>
        <translation>Гісторыя</translation>
    </message>
    <message>
        <source>Вид патроната</source>
        <translation>Від патранату</translation>
    </message>
    <message>
        <source>не менее 2 посещений в неделю</source>
        <translation>не менш за 2 наведванні ў тыдзень</translation>
    </message>
    <message>
        <source>не менее 1 посещения в месяц</source>
        <translation>не менш за 1 наведванне ў месяц</translation>
    </message>
    <message>
        <source>1 посещение в 3 месяца</source>
        <translation>1 наведванне ў 3 месяцы</translation>
    </message>
    <message>
        <source>норма выполнена</source>
        <translation>норма выканана</translation>
    </message>
    <message>
        <source>идёт</source>
        <translation>ідзе</translation>
    </message>
    <message>
        <source>под угрозой</source>
        <translation>пад пагрозай</translation>
    </message>
    <message>
        <source>норма не выполнена</source>
        <translation>норма не выканана</translation>
    </message>
    <message>
        <source>{type} патронат</source>
        <translation>{type} патранат</translation>
    </message>
    <message>
        <source>с {start} · норма: {norm}</source>
        <translation>з {start} · норма: {norm}</translation>
    </message>
    <message>
        <source>Вид патроната не действует</source>
        <translation>Від патранату не дзейнічае</translation>
    </message>
    <message>
        <source>Последний: {type}, по {end}</source>
        <translation>Апошні: {type}, па {end}</translation>
    </message>
    <message>
        <source>Вид патроната не установлен</source>
        <translation>Від патранату не ўстаноўлены</translation>
    </message>
    <message>
        <source>&amp;Установить вид…</source>
        <translation>&amp;Устанавіць від…</translation>
    </message>
    <message>
        <source>Случай закрыт: изменения невозможны.</source>
        <translation>Выпадак закрыты: змены немагчымыя.</translation>
    </message>
    <message>
        <source>Вид патроната устанавливается после заключения договора.</source>
        <translation>Від патранату ўстанаўліваецца пасля заключэння дагавора.</translation>
    </message>
    <message>
        <source>Срок договора: {start} – {end}.</source>
        <translation>Тэрмін дагавора: {start} – {end}.</translation>
    </message>
    <message>
        <source>действует</source>
        <translation>дзейнічае</translation>
    </message>
    <message>
        <source>(неполный)</source>
        <translation>(няпоўны)</translation>
    </message>
    <message>
        <source>Норма посещений считается с начала вида патроната в пределах срока договора.</source>
        <translation>Норма наведванняў лічыцца з пачатку віду патранату ў межах тэрміну дагавора.</translation>
    </message>
    <message>
        <source>Периодов: {total}; норма выполнена: {met}; не выполнена: {missed}.</source>
        <translation>Перыядаў: {total}; норма выканана: {met}; не выканана: {missed}.</translation>
    </message>
    <message>
        <source>В текущем периоде (до {end}) нужно ещё посещений: {needed}.</source>
        <translation>У бягучым перыядзе (да {end}) трэба яшчэ наведванняў: {needed}.</translation>
    </message>
</context>
<context>
    <name>VersionBox</name>
    <message>
        <source>● Показывается сейчас (временно)</source>
        <translation>● Паказваецца зараз (часова)</translation>
    </message>
    <message>
        <source>○ Не показывается</source>
        <translation>○ Не паказваецца</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Посещение</source>
        <translation>Наведванне</translation>
    </message>
    <message>
        <source>Новое посещение</source>
        <translation>Новае наведванне</translation>
    </message>
    <message>
        <source>Посещение {date}</source>
        <translation>Наведванне {date}</translation>
    </message>
    <message>
        <source>Присутствовали</source>
        <translation>Прысутнічалі</translation>
    </message>
    <message>
        <source>заявитель</source>
        <translation>заяўнік</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>&amp;Дата*:</source>
        <translation>&amp;Дата*:</translation>
    </message>
    <message>
        <source>&amp;Вид контакта:</source>
        <translation>&amp;Від кантакту:</translation>
    </message>
    <message>
        <source>&amp;Ход посещения:</source>
        <translation>&amp;Ход наведвання:</translation>
    </message>
    <message>
        <source>&amp;Результат:</source>
        <translation>&amp;Вынік:</translation>
    </message>
    <message>
        <source>Дальнейшие &amp;шаги:</source>
        <translation>Далейшыя &amp;крокі:</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Адмена</translation>
    </message>
    <message>
        <source>Засчитывается в норму посещений (по правилу центра).</source>
        <translation>Залічваецца ў норму наведванняў (па правіле цэнтра).</translation>
    </message>
    <message>
        <source>Не засчитывается в норму посещений (по правилу центра).</source>
        <translation>Не залічваецца ў норму наведванняў (па правіле цэнтра).</translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <source>&amp;Добавить посещение…</source>
        <translation>&amp;Дадаць наведванне…</translation>
    </message>
    <message>
        <source>Добавить посещение ({shortcut})</source>
        <translation>Дадаць наведванне ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Изменить…</source>
        <translation>&amp;Змяніць…</translation>
    </message>
    <message>
        <source>Открыть выбранное посещение (Enter или двойной щелчок)</source>
        <translation>Адкрыць выбранае наведванне (Enter або двайны пстрык)</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Вид контакта</source>
        <translation>Від кантакту</translation>
    </message>
    <message>
        <source>В норму</source>
        <translation>У норму</translation>
    </message>
    <message>
        <source>Присутствовали</source>
        <translation>Прысутнічалі</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>Специалист</source>
        <translation>Спецыяліст</translation>
    </message>
    <message>
        <source>Посещения семьи</source>
        <translation>Наведванні сям&apos;і</translation>
    </message>
    <message>
        <source>Посещения</source>
        <translation>Наведванні</translation>
    </message>
    <message>
        <source>да</source>
        <translation>так</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>Посещений и контактов: {total}, из них в норму: {counting}. Последнее: {last}.</source>
        <translation>Наведванняў і кантактаў: {total}, з іх у норму: {counting}. Апошняе: {last}.</translation>
    </message>
    <message>
        <source>Посещений ещё нет.</source>
        <translation>Наведванняў яшчэ няма.</translation>
    </message>
    <message>
        <source>Случай закрыт: изменения невозможны.</source>
        <translation>Выпадак закрыты: змены немагчымыя.</translation>
    </message>
    <message>
        <source>&amp;Открыть…</source>
        <translation>&amp;Адкрыць…</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Календарь на неделю</source>
        <translation>Каляндар на тыдзень</translation>
    </message>
    <message>
        <source>сегодня</source>
        <translation>сёння</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <source>Специалист</source>
        <translation>Спецыяліст</translation>
    </message>
    <message>
        <source>Новый специалист</source>
        <translation>Новы спецыяліст</translation>
    </message>
    <message>
        <source>латиницей, например ivanova.a</source>
        <translation>лацінкай, напрыклад ivanova.a</translation>
    </message>
    <message>
        <source>специалист по социальной работе</source>
        <translation>спецыяліст па сацыяльнай рабоце</translation>
    </message>
    <message>
        <source>&amp;Работает (можно назначать ответственным)</source>
        <translation>&amp;Працуе (можна прызначаць адказным)</translation>
    </message>
    <message>
        <source>&amp;Фамилия*:</source>
        <translation>&amp;Прозвішча*:</translation>
    </message>
    <message>
        <source>&amp;Имя*:</source>
        <translation>&amp;Імя*:</translation>
    </message>
    <message>
        <source>&amp;Отчество:</source>
        <translation>Імя па &amp;бацьку:</translation>
    </message>
    <message>
        <source>&amp;Логин*:</source>
        <translation>&amp;Лагін*:</translation>
    </message>
    <message>
        <source>&amp;Должность:</source>
        <translation>&amp;Пасада:</translation>
    </message>
    <message>
        <source>Р&amp;оль:</source>
        <translation>Р&amp;оля:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation>&amp;Тэлефон:</translation>
    </message>
    <message>
        <source>После сохранения &amp;записать файл регистрации ноутбука</source>
        <translation>Пасля захавання &amp;запісаць файл рэгістрацыі ноўтбука</translation>
    </message>
    <message>
        <source>* — обязательные поля. Специалиста не удаляют: снимите отметку «Работает».</source>
        <translation>* — абавязковыя палі. Спецыяліста не выдаляюць: зніміце адзнаку «Працуе».</translation>
    </message>
</context>
<context>
    <name>WorkerFilter</name>
    <message>
        <source>Чьи семьи показать</source>
        <translation>Чые сем&apos;і паказаць</translation>
    </message>
    <message>
        <source>Мои семьи</source>
        <translation>Мае сем&apos;і</translation>
    </message>
    <message>
        <source>Все специалисты центра</source>
        <translation>Усе спецыялісты цэнтра</translation>
    </message>
</context>
<context>
    <name>WorkersTab</name>
    <message>
        <source>Специалисты центра: ответственные за семьи и исполнители мероприятий планов. Уволившегося специалиста не удаляют, а снимают отметку «Работает»: его дела и записи сохраняются. Вы сами (от чьего имени ведутся записи) выделены жирным.</source>
        <translation>Спецыялісты цэнтра: адказныя за сем&apos;і і выканаўцы мерапрыемстваў планаў. Спецыяліста, які звольніўся, не выдаляюць, а здымаюць адзнаку «Працуе»: яго справы і запісы захоўваюцца. Вы самі (ад чыйго імя вядуцца запісы) вылучаны тлустым.</translation>
    </message>
    <message>
        <source>Фамилия</source>
        <translation>Прозвішча</translation>
    </message>
    <message>
        <source>Имя</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>Отчество</source>
        <translation>Імя па бацьку</translation>
    </message>
    <message>
        <source>Логин</source>
        <translation>Лагін</translation>
    </message>
    <message>
        <source>Должность</source>
        <translation>Пасада</translation>
    </message>
    <message>
        <source>Роль</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Телефон</source>
        <translation>Тэлефон</translation>
    </message>
    <message>
        <source>Работает</source>
        <translation>Працуе</translation>
    </message>
    <message>
        <source>&amp;Файл регистрации ноутбука…</source>
        <translation>&amp;Файл рэгістрацыі ноўтбука…</translation>
    </message>
    <message>
        <source>Сначала настройте центр обмена: «Обмен → Настроить центр обмена…».</source>
        <translation>Спачатку наладзьце цэнтр абмену: «Абмен → Наладзіць цэнтр абмену…».</translation>
    </message>
    <message>
        <source>Выберите работающего специалиста с логином.</source>
        <translation>Выберыце спецыяліста, які працуе, з лагінам.</translation>
    </message>
    <message>
        <source>Записать файл, которым ноутбук специалиста подключается к центру.</source>
        <translation>Запісаць файл, якім ноўтбук спецыяліста падключаецца да цэнтра.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Заявление</source>
        <translation>Заява</translation>
    </message>
    <message>
        <source>Обследование</source>
        <translation>Абследаванне</translation>
    </message>
    <message>
        <source>Оценка проблем</source>
        <translation>Ацэнка праблем</translation>
    </message>
    <message>
        <source>План</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Договор</source>
        <translation>Дагавор</translation>
    </message>
    <message>
        <source>Патронат</source>
        <translation>Патранат</translation>
    </message>
    <message>
        <source>Закрыт</source>
        <translation>Закрыты</translation>
    </message>
    <message>
        <source>Обратилась самостоятельно</source>
        <translation>Звярнулася самастойна</translation>
    </message>
    <message>
        <source>Координационный совет (Декрет № 18)</source>
        <translation>Каардынацыйны савет (Дэкрэт № 18)</translation>
    </message>
    <message>
        <source>Совет профилактики учреждения образования</source>
        <translation>Савет прафілактыкі ўстановы адукацыі</translation>
    </message>
    <message>
        <source>КДН</source>
        <translation>КСН</translation>
    </message>
    <message>
        <source>Организация здравоохранения</source>
        <translation>Арганізацыя аховы здароўя</translation>
    </message>
    <message>
        <source>Органы внутренних дел</source>
        <translation>Органы ўнутраных спраў</translation>
    </message>
    <message>
        <source>Сельский исполнительный комитет</source>
        <translation>Сельскі выканаўчы камітэт</translation>
    </message>
    <message>
        <source>Иное</source>
        <translation>Іншае</translation>
    </message>
    <message>
        <source>муж.</source>
        <translation>муж.</translation>
    </message>
    <message>
        <source>жен.</source>
        <translation>жан.</translation>
    </message>
    <message>
        <source>заявитель</source>
        <translation>заяўнік</translation>
    </message>
    <message>
        <source>супруг(а)</source>
        <translation>муж/жонка</translation>
    </message>
    <message>
        <source>сожитель(ница)</source>
        <translation>сужыцель(ка)</translation>
    </message>
    <message>
        <source>сын/дочь</source>
        <translation>сын/дачка</translation>
    </message>
    <message>
        <source>пасынок/падчерица</source>
        <translation>пасынак/падчарка</translation>
    </message>
    <message>
        <source>отец/мать</source>
        <translation>бацька/маці</translation>
    </message>
    <message>
        <source>дедушка/бабушка</source>
        <translation>дзядуля/бабуля</translation>
    </message>
    <message>
        <source>внук/внучка</source>
        <translation>унук/унучка</translation>
    </message>
    <message>
        <source>брат/сестра</source>
        <translation>брат/сястра</translation>
    </message>
    <message>
        <source>опекун</source>
        <translation>апякун</translation>
    </message>
    <message>
        <source>подопечный</source>
        <translation>падапечны</translation>
    </message>
    <message>
        <source>иное</source>
        <translation>іншае</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>I группа</source>
        <translation>I група</translation>
    </message>
    <message>
        <source>II группа</source>
        <translation>II група</translation>
    </message>
    <message>
        <source>III группа</source>
        <translation>III група</translation>
    </message>
    <message>
        <source>ребёнок-инвалид</source>
        <translation>дзіця-інвалід</translation>
    </message>
    <message>
        <source>ОПФР</source>
        <translation>АПФР</translation>
    </message>
    <message>
        <source>собственный дом</source>
        <translation>уласны дом</translation>
    </message>
    <message>
        <source>собственная квартира</source>
        <translation>уласная кватэра</translation>
    </message>
    <message>
        <source>съёмное жильё</source>
        <translation>наёмнае жыллё</translation>
    </message>
    <message>
        <source>социальное жильё</source>
        <translation>сацыяльнае жыллё</translation>
    </message>
    <message>
        <source>общежитие</source>
        <translation>інтэрнат</translation>
    </message>
    <message>
        <source>у родственников</source>
        <translation>у сваякоў</translation>
    </message>
    <message>
        <source>нет жилья</source>
        <translation>няма жылля</translation>
    </message>
    <message>
        <source>посещение на дому</source>
        <translation>наведванне на даму</translation>
    </message>
    <message>
        <source>беседа в центре</source>
        <translation>гутарка ў цэнтры</translation>
    </message>
    <message>
        <source>телефонный звонок</source>
        <translation>тэлефонны званок</translation>
    </message>
    <message>
        <source>совместный выезд</source>
        <translation>сумесны выезд</translation>
    </message>
    <message>
        <source>срочное социальное обслуживание</source>
        <translation>тэрміновае сацыяльнае абслугоўванне</translation>
    </message>
    <message>
        <source>нестационарное социальное обслуживание</source>
        <translation>нестацыянарнае сацыяльнае абслугоўванне</translation>
    </message>
    <message>
        <source>запланировано</source>
        <translation>запланавана</translation>
    </message>
    <message>
        <source>выполнено</source>
        <translation>выканана</translation>
    </message>
    <message>
        <source>выполнено частично</source>
        <translation>выканана часткова</translation>
    </message>
    <message>
        <source>не выполнено</source>
        <translation>не выканана</translation>
    </message>
    <message>
        <source>отменено</source>
        <translation>адменена</translation>
    </message>
    <message>
        <source>ТЖС преодолена</source>
        <translation>ЦЖС пераадолена</translation>
    </message>
    <message>
        <source>ТЖС преодолена частично</source>
        <translation>ЦЖС пераадолена часткова</translation>
    </message>
    <message>
        <source>ТЖС не преодолена</source>
        <translation>ЦЖС не пераадолена</translation>
    </message>
    <message>
        <source>отказ семьи</source>
        <translation>адмова сям&apos;і</translation>
    </message>
    <message>
        <source>передана в другую организацию</source>
        <translation>перададзена ў іншую арганізацыю</translation>
    </message>
    <message>
        <source>завершение патроната</source>
        <translation>завяршэнне патранату</translation>
    </message>
    <message>
        <source>отзыв согласия семьёй</source>
        <translation>адкліканне згоды сям&apos;ёй</translation>
    </message>
    <message>
        <source>переезд семьи</source>
        <translation>пераезд сям&apos;і</translation>
    </message>
    <message>
        <source>передача в другую организацию</source>
        <translation>перадача ў іншую арганізацыю</translation>
    </message>
    <message>
        <source>иная причина</source>
        <translation>іншая прычына</translation>
    </message>
    <message>
        <source>управление по труду, занятости и социальной защите</source>
        <translation>упраўленне па працы, занятасці і сацыяльнай абароне</translation>
    </message>
    <message>
        <source>здравоохранение</source>
        <translation>ахова здароўя</translation>
    </message>
    <message>
        <source>образование</source>
        <translation>адукацыя</translation>
    </message>
    <message>
        <source>социально-педагогический центр</source>
        <translation>сацыяльна-педагагічны цэнтр</translation>
    </message>
    <message>
        <source>органы внутренних дел</source>
        <translation>органы ўнутраных спраў</translation>
    </message>
    <message>
        <source>сельисполком</source>
        <translation>сельвыканкам</translation>
    </message>
    <message>
        <source>общественное объединение</source>
        <translation>грамадскае аб&apos;яднанне</translation>
    </message>
    <message>
        <source>специалист по социальной работе</source>
        <translation>спецыяліст па сацыяльнай рабоце</translation>
    </message>
    <message>
        <source>заведующий отделением</source>
        <translation>загадчык аддзялення</translation>
    </message>
    <message>
        <source>администратор</source>
        <translation>адміністратар</translation>
    </message>
    <message>
        <source>экстренный</source>
        <translation>экстранны</translation>
    </message>
    <message>
        <source>плановый</source>
        <translation>планавы</translation>
    </message>
    <message>
        <source>контрольный</source>
        <translation>кантрольны</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Норма сейчас не действует (нет вида патроната или действующего договора).</source>
        <translation>Норма зараз не дзейнічае (няма віду патранату або дзейнага дагавора).</translation>
    </message>
    <message>
        <source>Окно {start}–{end} ({kind}): сделано {done} из {required}.</source>
        <translation>Акно {start}–{end} ({kind}): зроблена {done} з {required}.</translation>
    </message>
    <message>
        <source>Текущее окно выполнено или запланировано. Следующее: </source>
        <translation>Бягучае акно выканана або запланавана. Наступнае: </translation>
    </message>
    <message>
        <source>Все нужные посещения уже запланированы.</source>
        <translation>Усе патрэбныя наведванні ўжо запланаваны.</translation>
    </message>
    <message>
        <source>Нужно ещё запланировать: {needed}.</source>
        <translation>Трэба яшчэ запланаваць: {needed}.</translation>
    </message>
    <message>
        <source>{mark} Рабочих дней не хватает: предложены все оставшиеся.</source>
        <translation>{mark} Працоўных дзён не хапае: прапанаваны ўсе астатнія.</translation>
    </message>
</context>
</TS>
