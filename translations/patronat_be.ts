<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="ru">
<context>
    <name></name>
    <message>
        <source>Forms</source>
        <comment>Несохранённые изменения</comment>
        <translation type="unfinished">Forms</translation>
    </message>
    <message>
        <source>Forms</source>
        <comment>В разделе «{what}» есть несохранённые изменения.</comment>
        <translation type="unfinished">Forms</translation>
    </message>
    <message>
        <source>Forms</source>
        <comment>Сохранить их?</comment>
        <translation type="unfinished">Forms</translation>
    </message>
    <message>
        <source>Forms</source>
        <comment>Сохранить</comment>
        <translation type="unfinished">Forms</translation>
    </message>
    <message>
        <source>Forms</source>
        <comment>Не сохранять</comment>
        <translation type="unfinished">Forms</translation>
    </message>
    <message>
        <source>Forms</source>
        <comment>Остаться</comment>
        <translation type="unfinished">Forms</translation>
    </message>
    <message>
        <source>SurveySection</source>
        <comment>остался {n} рабочий день</comment>
        <translation type="unfinished">SurveySection</translation>
    </message>
    <message>
        <source>SurveySection</source>
        <comment>осталось {n} рабочих дня</comment>
        <translation type="unfinished">SurveySection</translation>
    </message>
    <message>
        <source>SurveySection</source>
        <comment>осталось {n} рабочих дней</comment>
        <translation type="unfinished">SurveySection</translation>
    </message>
    <message>
        <source>SurveySection</source>
        <comment>Срок обследования: {deadline}, {left}</comment>
        <translation type="unfinished">SurveySection</translation>
    </message>
    <message>
        <source>SurveySection</source>
        <comment>Срок обследования: {deadline}, сегодня последний день</comment>
        <translation type="unfinished">SurveySection</translation>
    </message>
    <message>
        <source>SurveySection</source>
        <comment>{n} рабочий день</comment>
        <translation type="unfinished">SurveySection</translation>
    </message>
    <message>
        <source>SurveySection</source>
        <comment>{n} рабочих дня</comment>
        <translation type="unfinished">SurveySection</translation>
    </message>
    <message>
        <source>SurveySection</source>
        <comment>{n} рабочих дней</comment>
        <translation type="unfinished">SurveySection</translation>
    </message>
    <message>
        <source>SurveySection</source>
        <comment>⚠ Просрочено на {late}: срок обследования был {deadline}</comment>
        <translation type="unfinished">SurveySection</translation>
    </message>
</context>
<context>
    <name>AgenciesTab</name>
    <message>
        <source>Участники межведомственного взаимодействия: их выбирают ответственными в планах и адресатами запросов. Организацию, с которой центр больше не работает, не удаляют, а отмечают как недействующую: в старых делах она остаётся.</source>
        <translation type="unfinished">Удзельнікі міжведамаснага ўзаемадзеяння: іх выбіраюць адказнымі ў планах і адрасатамі запытаў. Арганізацыю, з якой цэнтр больш не працуе, не выдаляюць, а адзначаюць як недзеючую: у старых справах яна застаецца.</translation>
    </message>
    <message>
        <source>Название</source>
        <translation type="unfinished">Назва</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation type="unfinished">Від</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation type="unfinished">Адрас</translation>
    </message>
    <message>
        <source>Телефон</source>
        <translation type="unfinished">Тэлефон</translation>
    </message>
    <message>
        <source>Контактное лицо</source>
        <translation type="unfinished">Кантактная асоба</translation>
    </message>
    <message>
        <source>Действует</source>
        <translation type="unfinished">Дзейнічае</translation>
    </message>
    <message>
        <source>&amp;Добавить…</source>
        <translation type="unfinished">&amp;Дадаць…</translation>
    </message>
    <message>
        <source>&amp;Изменить…</source>
        <translation type="unfinished">&amp;Змяніць…</translation>
    </message>
    <message>
        <source>да</source>
        <translation type="unfinished">так</translation>
    </message>
    <message>
        <source>нет</source>
        <translation type="unfinished">не</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Организация</source>
        <translation type="unfinished">Арганізацыя</translation>
    </message>
    <message>
        <source>Новая организация</source>
        <translation type="unfinished">Новая арганізацыя</translation>
    </message>
    <message>
        <source>Фамилия, имя, отчество, должность</source>
        <translation type="unfinished">Прозвішча, імя, імя па бацьку, пасада</translation>
    </message>
    <message>
        <source>&amp;Действует (можно выбирать в планах и запросах)</source>
        <translation type="unfinished">&amp;Дзейнічае (можна выбіраць у планах і запытах)</translation>
    </message>
    <message>
        <source>&amp;Название*:</source>
        <translation type="unfinished">&amp;Назва*:</translation>
    </message>
    <message>
        <source>&amp;Вид:</source>
        <translation type="unfinished">&amp;Від:</translation>
    </message>
    <message>
        <source>&amp;Адрес:</source>
        <translation type="unfinished">Ад&amp;рас:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation type="unfinished">&amp;Тэлефон:</translation>
    </message>
    <message>
        <source>&amp;Контактное лицо:</source>
        <translation type="unfinished">&amp;Кантактная асоба:</translation>
    </message>
    <message>
        <source>* — обязательное поле. Организацию не удаляют: снимите отметку «Действует».</source>
        <translation type="unfinished">* — абавязковае поле. Арганізацыю не выдаляюць: зніміце адзнаку «Дзейнічае».</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation type="unfinished">&amp;Захаваць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished">Адмена</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Не удалось открыть базу данных</source>
        <translation type="unfinished">Не ўдалося адкрыць базу даных</translation>
    </message>
    <message>
        <source>Не удалось открыть базу данных: {error}</source>
        <translation type="unfinished">Не ўдалося адкрыць базу даных: {error}</translation>
    </message>
</context>
<context>
    <name>ApplicationSection</name>
    <message>
        <source>Текст заявления</source>
        <translation type="unfinished">Тэкст заявы</translation>
    </message>
    <message>
        <source>Заявление не зарегистрировано.</source>
        <translation type="unfinished">Заява не зарэгістравана.</translation>
    </message>
    <message>
        <source>Заявление</source>
        <translation>Заява</translation>
    </message>
    <message>
        <source>Номер:</source>
        <translation type="unfinished">Нумар:</translation>
    </message>
    <message>
        <source>Дата:</source>
        <translation type="unfinished">Дата:</translation>
    </message>
    <message>
        <source>Заявитель:</source>
        <translation type="unfinished">Заяўнік:</translation>
    </message>
    <message>
        <source>Источник обращения:</source>
        <translation type="unfinished">Крыніца звароту:</translation>
    </message>
    <message>
        <source>Принял(а):</source>
        <translation type="unfinished">Прыняў (прыняла):</translation>
    </message>
    <message>
        <source>Срок обследования:</source>
        <translation type="unfinished">Тэрмін абследавання:</translation>
    </message>
    <message>
        <source>&amp;Текст заявления:</source>
        <translation type="unfinished">&amp;Тэкст заявы:</translation>
    </message>
    <message>
        <source>{source} ({note})</source>
        <translation type="unfinished">{source} ({note})</translation>
    </message>
    <message>
        <source>не указано</source>
        <translation type="unfinished">не пазначана</translation>
    </message>
    <message>
        <source>{deadline} (обследование проведено {date}, в срок)</source>
        <translation type="unfinished">{deadline} (абследаванне праведзена {date}, у тэрмін)</translation>
    </message>
    <message>
        <source>{deadline} (обследование проведено {date}, после срока)</source>
        <translation type="unfinished">{deadline} (абследаванне праведзена {date}, пасля тэрміну)</translation>
    </message>
    <message>
        <source>{deadline} (акта обследования ещё нет: см. раздел «Обследование»)</source>
        <translation type="unfinished">{deadline} (акта абследавання яшчэ няма: гл. раздзел «Абследаванне»)</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Рабочие дни считаются по календарю Республики Беларусь: понедельник–пятница, кроме государственных праздников и перенесённых выходных. Переносы правительство устанавливает каждый год, и программа на компьютере без интернета может о них не знать. Внесите переносы года сами, например: «20 апреля — выходной, суббота 25 апреля — рабочий день». Поправки центра важнее календаря программы: по ним считаются сроки (обследование в течение 3 рабочих дней) и нормы посещений.</source>
        <translation type="unfinished">Працоўныя дні лічацца па календары Рэспублікі Беларусь: панядзелак–пятніца, акрамя дзяржаўных святаў і перанесеных выхадных. Пераносы ўрад устанаўлівае кожны год, і праграма на камп&apos;ютары без інтэрнэту можа пра іх не ведаць. Унясіце пераносы года самі, напрыклад: «20 красавіка — выхадны, субота 25 красавіка — працоўны дзень». Папраўкі цэнтра важнейшыя за каляндар праграмы: па іх лічацца тэрміны (абследаванне на працягу 3 працоўных дзён) і нормы наведванняў.</translation>
    </message>
    <message>
        <source>Поправки центра</source>
        <translation type="unfinished">Папраўкі цэнтра</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <source>День недели</source>
        <translation type="unfinished">Дзень тыдня</translation>
    </message>
    <message>
        <source>Считается</source>
        <translation type="unfinished">Лічыцца</translation>
    </message>
    <message>
        <source>По календарю программы</source>
        <translation type="unfinished">Па календары праграмы</translation>
    </message>
    <message>
        <source>Примечание</source>
        <translation type="unfinished">Заўвага</translation>
    </message>
    <message>
        <source>&amp;Удалить поправку</source>
        <translation type="unfinished">&amp;Выдаліць папраўку</translation>
    </message>
    <message>
        <source>&amp;Рабочий день</source>
        <translation type="unfinished">&amp;Працоўны дзень</translation>
    </message>
    <message>
        <source>В&amp;ыходной</source>
        <translation type="unfinished">Вы&amp;хадны</translation>
    </message>
    <message>
        <source>например: перенесено с 25.04 (постановление Совмина)</source>
        <translation type="unfinished">напрыклад: перанесена з 25.04 (пастанова Саўміна)</translation>
    </message>
    <message>
        <source>Вн&amp;ести в календарь</source>
        <translation type="unfinished">Ун&amp;есці ў каляндар</translation>
    </message>
    <message>
        <source>&amp;Дата:</source>
        <translation type="unfinished">&amp;Дата:</translation>
    </message>
    <message>
        <source>Считать:</source>
        <translation type="unfinished">Лічыць:</translation>
    </message>
    <message>
        <source>&amp;Примечание:</source>
        <translation type="unfinished">&amp;Заўвага:</translation>
    </message>
    <message>
        <source>Внести или исправить день:</source>
        <translation type="unfinished">Унесці або выправіць дзень:</translation>
    </message>
    <message>
        <source>Праздники и переносы года</source>
        <translation type="unfinished">Святы і пераносы года</translation>
    </message>
    <message>
        <source>&amp;Год:</source>
        <translation type="unfinished">&amp;Год:</translation>
    </message>
    <message>
        <source>Праздник или перенос</source>
        <translation type="unfinished">Свята або перанос</translation>
    </message>
    <message>
        <source>Enter или двойной щелчок по строке переносит дату в форму поправки.</source>
        <translation type="unfinished">Enter або падвойны пстрык па радку пераносіць дату ў форму папраўкі.</translation>
    </message>
    <message>
        <source>рабочий день</source>
        <translation type="unfinished">працоўны дзень</translation>
    </message>
    <message>
        <source>выходной</source>
        <translation type="unfinished">выхадны</translation>
    </message>
    <message>
        <source>рабочий день (перенос)</source>
        <translation type="unfinished">працоўны дзень (перанос)</translation>
    </message>
    <message>
        <source>выходной — {holiday}</source>
        <translation type="unfinished">выхадны — {holiday}</translation>
    </message>
    <message>
        <source>выходной (перенос)</source>
        <translation type="unfinished">выхадны (перанос)</translation>
    </message>
    <message>
        <source>обычный день: {state}</source>
        <translation type="unfinished">звычайны дзень: {state}</translation>
    </message>
    <message>
        <source>рабочий</source>
        <translation type="unfinished">працоўны</translation>
    </message>
    <message>
        <source>{state} (поправка центра)</source>
        <translation type="unfinished">{state} (папраўка цэнтра)</translation>
    </message>
    <message>
        <source>Переносы рабочих дней на {year} год программа знает. Сверьте их с постановлением Совета Министров; если что-то не так, исправьте поправкой центра.</source>
        <translation type="unfinished">Пераносы працоўных дзён на {year} год праграма ведае. Звярыце іх з пастановай Савета Міністраў; калі нешта не так, выпраўце папраўкай цэнтра.</translation>
    </message>
    <message>
        <source>Переносов рабочих дней на {year} год в календаре программы нет. Если они установлены постановлением Совета Министров, внесите их как поправки центра.</source>
        <translation type="unfinished">Пераносаў працоўных дзён на {year} год у календары праграмы няма. Калі яны ўстаноўлены пастановай Савета Міністраў, унясіце іх як папраўкі цэнтра.</translation>
    </message>
    <message>
        <source>По календарю программы: {state}.</source>
        <translation type="unfinished">Па календары праграмы: {state}.</translation>
    </message>
    <message>
        <source>Поправка на этот день уже внесена; сохранение заменит её.</source>
        <translation type="unfinished">Папраўка на гэты дзень ужо ўнесена; захаванне заменіць яе.</translation>
    </message>
    <message>
        <source>Выбрано то же самое: поправка не нужна.</source>
        <translation type="unfinished">Выбрана тое ж самае: папраўка не патрэбная.</translation>
    </message>
    <message>
        <source>Удалить поправку</source>
        <translation type="unfinished">Выдаліць папраўку</translation>
    </message>
    <message>
        <source>Удалить поправку на {date}? День снова будет считаться по календарю программы: {state}.</source>
        <translation type="unfinished">Выдаліць папраўку на {date}? Дзень зноў будзе лічыцца па календары праграмы: {state}.</translation>
    </message>
</context>
<context>
    <name>CardSection</name>
    <message>
        <source>Предупреждение</source>
        <translation type="unfinished">Папярэджанне</translation>
    </message>
    <message>
        <source>{warnings}

Всё равно продолжить?</source>
        <translation type="unfinished">{warnings}

Усё роўна працягнуць?</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>— без привязки к проблеме —</source>
        <translation type="unfinished">— без прывязкі да праблемы —</translation>
    </message>
    <message>
        <source>— не выбран —</source>
        <translation type="unfinished">— не выбраны —</translation>
    </message>
    <message>
        <source>Специалисты центра</source>
        <translation type="unfinished">Спецыялісты цэнтра</translation>
    </message>
    <message>
        <source>Организации (межведомственное взаимодействие)</source>
        <translation type="unfinished">Арганізацыі (міжведамаснае ўзаемадзеянне)</translation>
    </message>
    <message>
        <source>{name} (не работает)</source>
        <translation type="unfinished">{name} (не працуе)</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <source>Итоги</source>
        <translation type="unfinished">Вынікі</translation>
    </message>
    <message>
        <source>обязательно для «иной причины»</source>
        <translation type="unfinished">абавязкова для «іншай прычыны»</translation>
    </message>
    <message>
        <source>Как изменилась ситуация семьи за время патроната</source>
        <translation type="unfinished">Як змянілася сітуацыя сям&apos;і за час патранату</translation>
    </message>
    <message>
        <source>Например: снять семью с социального патроната</source>
        <translation type="unfinished">Напрыклад: зняць сям&apos;ю з сацыяльнага патранату</translation>
    </message>
    <message>
        <source>Цель</source>
        <translation type="unfinished">Мэта</translation>
    </message>
    <message>
        <source>Мероприятие</source>
        <translation type="unfinished">Мерапрыемства</translation>
    </message>
    <message>
        <source>Отметка плана</source>
        <translation type="unfinished">Адзнака плана</translation>
    </message>
    <message>
        <source>Результат*</source>
        <translation type="unfinished">Вынік*</translation>
    </message>
    <message>
        <source>Цели плана и их результаты</source>
        <translation type="unfinished">Мэты плана і іх вынікі</translation>
    </message>
    <message>
        <source>План не составлен: итогов по целям нет.</source>
        <translation type="unfinished">План не складзены: вынікаў па мэтах няма.</translation>
    </message>
    <message>
        <source>&amp;Закрыть случай…</source>
        <translation type="unfinished">&amp;Закрыць выпадак…</translation>
    </message>
    <message>
        <source>&amp;Дата закрытия*:</source>
        <translation type="unfinished">&amp;Дата закрыцця*:</translation>
    </message>
    <message>
        <source>&amp;Причина*:</source>
        <translation type="unfinished">&amp;Прычына*:</translation>
    </message>
    <message>
        <source>По&amp;яснение:</source>
        <translation type="unfinished">Тлу&amp;мачэнне:</translation>
    </message>
    <message>
        <source>Ди&amp;намика ситуации*:</source>
        <translation type="unfinished">Ды&amp;наміка сітуацыі*:</translation>
    </message>
    <message>
        <source>&amp;Решение*:</source>
        <translation type="unfinished">&amp;Рашэнне*:</translation>
    </message>
    <message>
        <source>Цели действующего плана и их результа&amp;ты (F2 — ввести результат):</source>
        <translation type="unfinished">Мэты дзеючага плана і іх выні&amp;кі (F2 — увесці вынік):</translation>
    </message>
    <message>
        <source>&amp;Итог*:</source>
        <translation type="unfinished">&amp;Агульны вынік*:</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation type="unfinished">Вынік</translation>
    </message>
    <message>
        <source>Причина закрытия:</source>
        <translation type="unfinished">Прычына закрыцця:</translation>
    </message>
    <message>
        <source>Итог:</source>
        <translation type="unfinished">Агульны вынік:</translation>
    </message>
    <message>
        <source>Динамика ситуации:</source>
        <translation type="unfinished">Дынаміка сітуацыі:</translation>
    </message>
    <message>
        <source>Решение:</source>
        <translation type="unfinished">Рашэнне:</translation>
    </message>
    <message>
        <source>Цели плана и их результаты:</source>
        <translation type="unfinished">Мэты плана і іх вынікі:</translation>
    </message>
    <message>
        <source>Случай закрыт {date}. Изменения в деле невозможны.</source>
        <translation type="unfinished">Выпадак закрыты {date}. Змены ў справе немагчымыя.</translation>
    </message>
    <message>
        <source>Закрытие случая</source>
        <translation type="unfinished">Закрыццё выпадку</translation>
    </message>
    <message>
        <source>Закрыть случай? После закрытия изменения невозможны.</source>
        <translation type="unfinished">Закрыць выпадак? Пасля закрыцця змены немагчымыя.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Конфликты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дело</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Что</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вид</source>
        <translation type="unfinished">Від</translation>
    </message>
    <message>
        <source>Сохранить &amp;объединённое</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Объединить вручную</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Загрузка конфликтов…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Открытых конфликтов нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не удалось загрузить конфликты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Открытых конфликтов: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Поле изменено в двух местах</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Удаление и правка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Запись без родительской</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Центр</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ноутбук ({login})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дело {case} · {kind} · обнаружен {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Оставить &amp;это</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Оставить &amp;то</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Оставить версию {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Версия {n}: {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Все конфликты решены.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Конфликт решён: {label}. Открытых конфликтов: {n}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">пакіньце пустым — нумар прысвоіцца аўтаматычна</translation>
    </message>
    <message>
        <source>фамилия и инициалы члена семьи</source>
        <translation type="unfinished">прозвішча і ініцыялы члена сям&apos;і</translation>
    </message>
    <message>
        <source>— не устанавливать сейчас —</source>
        <translation type="unfinished">— не ўстанаўліваць зараз —</translation>
    </message>
    <message>
        <source>почему выбран этот вид патроната</source>
        <translation type="unfinished">чаму выбраны гэты від патранату</translation>
    </message>
    <message>
        <source>безвозмездно (0,00 руб.)</source>
        <translation type="unfinished">бязвыплатна (0,00 руб.)</translation>
    </message>
    <message>
        <source>&amp;Заключить договор</source>
        <translation type="unfinished">Заклю&amp;чыць дагавор</translation>
    </message>
    <message>
        <source>Записать подписанный договор (Ctrl+S)</source>
        <translation type="unfinished">Запісаць падпісаны дагавор (Ctrl+S)</translation>
    </message>
    <message>
        <source>О&amp;чистить форму</source>
        <translation type="unfinished">Ач&amp;ысціць форму</translation>
    </message>
    <message>
        <source>&amp;с</source>
        <translation type="unfinished">&amp;з</translation>
    </message>
    <message>
        <source>п&amp;о</source>
        <translation type="unfinished">п&amp;а</translation>
    </message>
    <message>
        <source>&amp;Номер договора:</source>
        <translation type="unfinished">&amp;Нумар дагавора:</translation>
    </message>
    <message>
        <source>&amp;Дата договора:</source>
        <translation type="unfinished">&amp;Дата дагавора:</translation>
    </message>
    <message>
        <source>&amp;Форма обслуживания:</source>
        <translation type="unfinished">&amp;Форма абслугоўвання:</translation>
    </message>
    <message>
        <source>Срок договора:</source>
        <translation type="unfinished">Тэрмін дагавора:</translation>
    </message>
    <message>
        <source>&amp;Подписал от семьи:</source>
        <translation type="unfinished">&amp;Падпісаў ад сям&apos;і:</translation>
    </message>
    <message>
        <source>&amp;Вид патроната с начала срока:</source>
        <translation type="unfinished">&amp;Від патранату з пачатку тэрміну:</translation>
    </message>
    <message>
        <source>Основани&amp;е вида патроната:</source>
        <translation type="unfinished">Падстава віду па&amp;транату:</translation>
    </message>
    <message>
        <source>Стоимость:</source>
        <translation type="unfinished">Кошт:</translation>
    </message>
    <message>
        <source>Форма обслуживания:</source>
        <translation type="unfinished">Форма абслугоўвання:</translation>
    </message>
    <message>
        <source>Подписал от семьи:</source>
        <translation type="unfinished">Падпісаў ад сям&apos;і:</translation>
    </message>
    <message>
        <source>Вид патроната:</source>
        <translation type="unfinished">Від патранату:</translation>
    </message>
    <message>
        <source>Случай закрыт без договора.</source>
        <translation type="unfinished">Выпадак закрыты без дагавора.</translation>
    </message>
    <message>
        <source>✓ План согласован с семьёй {date}: договор можно заключать.</source>
        <translation type="unfinished">✓ План узгоднены з сям&apos;ёй {date}: дагавор можна заключаць.</translation>
    </message>
    <message>
        <source>План ещё не согласован с семьёй.</source>
        <translation type="unfinished">План яшчэ не ўзгоднены з сям&apos;ёй.</translation>
    </message>
    <message>
        <source>План сопровождения ещё не составлен.</source>
        <translation type="unfinished">План суправаджэння яшчэ не складзены.</translation>
    </message>
    <message>
        <source>По правилу центра договор заключается только после согласования плана.</source>
        <translation type="unfinished">Па правіле цэнтра дагавор заключаецца толькі пасля ўзгаднення плана.</translation>
    </message>
    <message>
        <source>Обычно договор заключают после плана; программа попросит подтвердить.</source>
        <translation type="unfinished">Звычайна дагавор заключаюць пасля плана; праграма папросіць пацвердзіць.</translation>
    </message>
    <message>
        <source>Договор № {number} от {date}</source>
        <translation type="unfinished">Дагавор № {number} ад {date}</translation>
    </message>
    <message>
        <source>с {start} по {end}</source>
        <translation type="unfinished">з {start} па {end}</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>с {start}</source>
        <translation type="unfinished">з {start}</translation>
    </message>
    <message>
        <source>по {end}</source>
        <translation type="unfinished">па {end}</translation>
    </message>
    <message>
        <source>не установлен</source>
        <translation type="unfinished">не ўстаноўлены</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Непредвиденная ошибка</source>
        <translation type="unfinished">Непрадбачаная памылка</translation>
    </message>
    <message>
        <source>Произошла непредвиденная ошибка. Несохранённые изменения могли пропасть.</source>
        <translation type="unfinished">Адбылася непрадбачаная памылка. Незахаваныя змены маглі страціцца.</translation>
    </message>
    <message>
        <source>Отчёт записан в журнал: {path}
Скопируйте подробности и передайте их администратору.</source>
        <translation type="unfinished">Справаздача запісана ў журнал: {path}
Скапіруйце падрабязнасці і перадайце іх адміністратару.</translation>
    </message>
    <message>
        <source>Скопируйте подробности и передайте их администратору.</source>
        <translation type="unfinished">Скапіруйце падрабязнасці і перадайце іх адміністратару.</translation>
    </message>
</context>
<context>
    <name>DirectoriesPage</name>
    <message>
        <source>&amp;Организации</source>
        <translation type="unfinished">&amp;Арганізацыі</translation>
    </message>
    <message>
        <source>Основания &amp;ТЖС</source>
        <translation type="unfinished">Падставы &amp;ЦЖС</translation>
    </message>
    <message>
        <source>&amp;Календарь</source>
        <translation type="unfinished">&amp;Каляндар</translation>
    </message>
    <message>
        <source>&amp;Специалисты</source>
        <translation type="unfinished">&amp;Спецыялісты</translation>
    </message>
    <message>
        <source>Справочники</source>
        <translation type="unfinished">Даведнікі</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Выгрузить для специалиста</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет для ноутбука специалиста: подтверждение принятых пакетов, правки его семей, новые назначенные семьи и справочники. Файл зашифрован ключом ноутбука: на носителе не будет имён и других личных данных в открытом виде.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выгрузить для центра</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В пакет войдут все ваши изменения, которые центр ещё не подтвердил; новый пакет заменяет прежний. Файл зашифрован ключом центра: на носителе не будет имён и других личных данных в открытом виде.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Имя файла не содержит личных данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Специалист:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Носитель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Имя файла:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Выгрузить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Подготовка пакета, запись на носитель и проверка записанного…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл: {path} ({size}). Изменений: {changes}, семей: {families}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Пакет записан и проверен чтением с носителя. Можно извлекать носитель.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выгрузить &amp;ещё раз</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} КБ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Пакет не выгружен. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Фамилия, имя, номер дела, населённый пункт…</source>
        <translation type="unfinished">Прозвішча, імя, нумар справы, населены пункт…</translation>
    </message>
    <message>
        <source>&amp;Поиск:</source>
        <translation type="unfinished">&amp;Пошук:</translation>
    </message>
    <message>
        <source>Все этапы</source>
        <translation type="unfinished">Усе этапы</translation>
    </message>
    <message>
        <source>Все виды</source>
        <translation type="unfinished">Усе віды</translation>
    </message>
    <message>
        <source>Все специалисты</source>
        <translation type="unfinished">Усе спецыялісты</translation>
    </message>
    <message>
        <source>Все основания</source>
        <translation type="unfinished">Усе падставы</translation>
    </message>
    <message>
        <source>Требуют &amp;внимания</source>
        <translation type="unfinished">Патрабуюць &amp;увагі</translation>
    </message>
    <message>
        <source>Сбросить</source>
        <translation type="unfinished">Скінуць</translation>
    </message>
    <message>
        <source>&amp;Новая семья… (Ctrl+N)</source>
        <translation type="unfinished">&amp;Новая сям&apos;я… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Фильтры:</source>
        <translation type="unfinished">Фільтры:</translation>
    </message>
    <message>
        <source>Семей: {total}</source>
        <translation type="unfinished">Сем&apos;яў: {total}</translation>
    </message>
    <message>
        <source>Показано {shown} из {total}</source>
        <translation type="unfinished">Паказана {shown} з {total}</translation>
    </message>
</context>
<context>
    <name>FamilyCard</name>
    <message>
        <source>← К списку семей</source>
        <translation type="unfinished">← Да спісу сем&apos;яў</translation>
    </message>
    <message>
        <source>Вернуться к списку (Alt+←)</source>
        <translation type="unfinished">Вярнуцца да спісу (Alt+←)</translation>
    </message>
    <message>
        <source>Дело № {number} — {name}</source>
        <translation type="unfinished">Справа № {number} — {name}</translation>
    </message>
    <message>
        <source>{address} · этап: {stage} · ответственный: {worker}</source>
        <translation type="unfinished">{address} · этап: {stage} · адказны: {worker}</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>&amp;Сохранить</source>
        <translation type="unfinished">&amp;Захаваць</translation>
    </message>
    <message>
        <source>Сохранить адрес, обращение, основания и примечания (Ctrl+S)</source>
        <translation type="unfinished">Захаваць адрас, зварот, падставы і заўвагі (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Отменить изменения</source>
        <translation type="unfinished">&amp;Адмяніць змены</translation>
    </message>
    <message>
        <source>Семья</source>
        <translation>Сям&apos;я</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation type="unfinished">Адрас</translation>
    </message>
    <message>
        <source>д. Новосёлки</source>
        <translation type="unfinished">в. Навасёлкі</translation>
    </message>
    <message>
        <source>Об&amp;ласть:</source>
        <translation type="unfinished">Во&amp;бласць:</translation>
    </message>
    <message>
        <source>Ра&amp;йон:</source>
        <translation type="unfinished">Ра&amp;ён:</translation>
    </message>
    <message>
        <source>Сельсо&amp;вет:</source>
        <translation type="unfinished">&amp;Сельсавет:</translation>
    </message>
    <message>
        <source>&amp;Населённый пункт*:</source>
        <translation type="unfinished">&amp;Населены пункт*:</translation>
    </message>
    <message>
        <source>Ули&amp;ца:</source>
        <translation type="unfinished">Ву&amp;ліца:</translation>
    </message>
    <message>
        <source>&amp;Кв.:</source>
        <translation type="unfinished">&amp;Кв.:</translation>
    </message>
    <message>
        <source>До&amp;м:</source>
        <translation type="unfinished">До&amp;м:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation type="unfinished">&amp;Тэлефон:</translation>
    </message>
    <message>
        <source>Обращение и ответственный</source>
        <translation type="unfinished">Зварот і адказны</translation>
    </message>
    <message>
        <source>кто направил, № и дата документа</source>
        <translation type="unfinished">хто накіраваў, № і дата дакумента</translation>
    </message>
    <message>
        <source>&amp;Передать другому специалисту…</source>
        <translation type="unfinished">&amp;Перадаць іншаму спецыялісту…</translation>
    </message>
    <message>
        <source>&amp;Источник:</source>
        <translation type="unfinished">Крыні&amp;ца:</translation>
    </message>
    <message>
        <source>Кто напр&amp;авил:</source>
        <translation type="unfinished">Хто накі&amp;раваў:</translation>
    </message>
    <message>
        <source>Ответственный:</source>
        <translation type="unfinished">Адказны:</translation>
    </message>
    <message>
        <source>Приме&amp;чания:</source>
        <translation type="unfinished">За&amp;ўвагі:</translation>
    </message>
    <message>
        <source>Основания Т&amp;ЖС*</source>
        <translation type="unfinished">Падставы Ц&amp;ЖС*</translation>
    </message>
    <message>
        <source>Основания ТЖС (пробел отмечает)</source>
        <translation type="unfinished">Падставы ЦЖС (прабел адзначае)</translation>
    </message>
    <message>
        <source>Член&amp;ы семьи</source>
        <translation type="unfinished">Член&amp;ы сям&apos;і</translation>
    </message>
    <message>
        <source>&amp;Добавить…</source>
        <translation type="unfinished">&amp;Дадаць…</translation>
    </message>
    <message>
        <source>Добавить члена семьи (Insert в таблице)</source>
        <translation type="unfinished">Дадаць члена сям&apos;і (Insert у табліцы)</translation>
    </message>
    <message>
        <source>Изм&amp;енить…</source>
        <translation type="unfinished">Змян&amp;іць…</translation>
    </message>
    <message>
        <source>Изменить данные выбранного члена семьи (Enter)</source>
        <translation type="unfinished">Змяніць даныя выбранага члена сям&apos;і (Enter)</translation>
    </message>
    <message>
        <source>&amp;Удалить</source>
        <translation type="unfinished">&amp;Выдаліць</translation>
    </message>
    <message>
        <source>Удалить выбранного члена семьи из состава семьи</source>
        <translation type="unfinished">Выдаліць выбранага члена сям&apos;і са складу сям&apos;і</translation>
    </message>
    <message>
        <source>Удаление члена семьи</source>
        <translation type="unfinished">Выдаленне члена сям&apos;і</translation>
    </message>
    <message>
        <source>Удалить «{name}» из состава семьи?</source>
        <translation type="unfinished">Выдаліць «{name}» са складу сям&apos;і?</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <source>№ дела</source>
        <translation type="unfinished">№ справы</translation>
    </message>
    <message>
        <source>Семья</source>
        <translation>Сям&apos;я</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation type="unfinished">Населены пункт</translation>
    </message>
    <message>
        <source>Этап</source>
        <translation type="unfinished">Этап</translation>
    </message>
    <message>
        <source>Вид патроната</source>
        <translation type="unfinished">Від патранату</translation>
    </message>
    <message>
        <source>Ответственный</source>
        <translation>Адказны</translation>
    </message>
    <message>
        <source>След. посещение</source>
        <translation type="unfinished">Наст. наведванне</translation>
    </message>
    <message>
        <source>Внимание</source>
        <translation type="unfinished">Увага</translation>
    </message>
    <message>
        <source>обследование просрочено</source>
        <translation type="unfinished">абследаванне пратэрмінавана</translation>
    </message>
    <message>
        <source>норма нарушена</source>
        <translation type="unfinished">норма парушана</translation>
    </message>
    <message>
        <source>под угрозой</source>
        <translation type="unfinished">пад пагрозай</translation>
    </message>
    <message>
        <source>план: просрочено {n}</source>
        <translation type="unfinished">план: пратэрмінавана {n}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Первый запуск</source>
        <translation type="unfinished">Першы запуск</translation>
    </message>
    <message>
        <source>Добро пожаловать в «Патронат»</source>
        <translation type="unfinished">Сардэчна запрашаем у «Патранат»</translation>
    </message>
    <message>
        <source>В базе данных ещё нет ни одного центра. Посмотрите, как работает программа, на вымышленном районе или сразу настройте свой центр.</source>
        <translation type="unfinished">У базе даных яшчэ няма ніводнага цэнтра. Паглядзіце, як працуе праграма, на выдуманым раёне або адразу наладзьце свой цэнтр.</translation>
    </message>
    <message>
        <source>Позже</source>
        <translation type="unfinished">Пазней</translation>
    </message>
    <message>
        <source>Посмотреть на примере</source>
        <translation type="unfinished">Паглядзець на прыкладзе</translation>
    </message>
    <message>
        <source>Семьи, специалисты и посещения вымышлены. Для работы со своими семьями запустите программу с новой базой данных.</source>
        <translation type="unfinished">Сем&apos;і, спецыялісты і наведванні выдуманыя. Для працы са сваімі сем&apos;ямі запусціце праграму з новай базай даных.</translation>
    </message>
    <message>
        <source>Загрузить демонстрационные данные (300 семей вымышленного района)</source>
        <translation type="unfinished">Загрузіць дэманстрацыйныя даныя (300 сем&apos;яў выдуманага раёна)</translation>
    </message>
    <message>
        <source>Настроить свой центр</source>
        <translation type="unfinished">Наладзіць свой цэнтр</translation>
    </message>
    <message>
        <source>Территориальный центр социального обслуживания населения</source>
        <translation type="unfinished">Тэрытарыяльны цэнтр сацыяльнага абслугоўвання насельніцтва</translation>
    </message>
    <message>
        <source>Название центра*:</source>
        <translation type="unfinished">Назва цэнтра*:</translation>
    </message>
    <message>
        <source>Район*:</source>
        <translation type="unfinished">Раён*:</translation>
    </message>
    <message>
        <source>Область:</source>
        <translation type="unfinished">Вобласць:</translation>
    </message>
    <message>
        <source>Первый специалист — заведующий отделением:</source>
        <translation type="unfinished">Першы спецыяліст — загадчык аддзялення:</translation>
    </message>
    <message>
        <source>Фамилия*:</source>
        <translation type="unfinished">Прозвішча*:</translation>
    </message>
    <message>
        <source>Имя*:</source>
        <translation type="unfinished">Імя*:</translation>
    </message>
    <message>
        <source>Отчество:</source>
        <translation type="unfinished">Імя па бацьку:</translation>
    </message>
    <message>
        <source>* — обязательные поля</source>
        <translation type="unfinished">* — абавязковыя палі</translation>
    </message>
    <message>
        <source>Создать центр</source>
        <translation type="unfinished">Стварыць цэнтр</translation>
    </message>
    <message>
        <source>Не удалось загрузить демонстрационные данные.</source>
        <translation type="unfinished">Не ўдалося загрузіць дэманстрацыйныя даныя.</translation>
    </message>
</context>
<context>
    <name>GroundsTab</name>
    <message>
        <source>Основания признания трудной жизненной ситуации установлены законодательством, их список не редактируется. В 2017 году перечень изменён (постановление Минтруда и соцзащиты от 01.12.2017 № 84): основание, которое перестало действовать, в новых делах не выбирается, а в делах, открытых при нём, сохраняется.</source>
        <translation type="unfinished">Падставы прызнання цяжкай жыццёвай сітуацыі ўстаноўлены заканадаўствам, іх спіс не рэдагуецца. У 2017 годзе пералік зменены (пастанова Мінпрацы і сацабароны ад 01.12.2017 № 84): падстава, якая перастала дзейнічаць, у новых справах не выбіраецца, а ў справах, адкрытых пры ёй, захоўваецца.</translation>
    </message>
    <message>
        <source>№</source>
        <translation type="unfinished">№</translation>
    </message>
    <message>
        <source>Основание</source>
        <translation type="unfinished">Падстава</translation>
    </message>
    <message>
        <source>Действует с</source>
        <translation type="unfinished">Дзейнічае з</translation>
    </message>
    <message>
        <source>Действует по</source>
        <translation type="unfinished">Дзейнічае па</translation>
    </message>
    <message>
        <source>Состояние</source>
        <translation type="unfinished">Стан</translation>
    </message>
    <message>
        <source>действует с {date}</source>
        <translation type="unfinished">дзейнічае з {date}</translation>
    </message>
    <message>
        <source>не действует с {date}</source>
        <translation type="unfinished">не дзейнічае з {date}</translation>
    </message>
    <message>
        <source>действует</source>
        <translation type="unfinished">дзейнічае</translation>
    </message>
    <message>
        <source>бессрочно</source>
        <translation type="unfinished">бестэрмінова</translation>
    </message>
</context>
<context>
    <name>ImportDesk</name>
    <message>
        <source>Приём пакетов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Добавьте файлы обмена с ноутбуков (можно сразу несколько или целую папку). Каждый файл копируется с носителя и проверяется; база не меняется, пока вы не нажмёте «Применить». Каждый пакет применяется отдельно, отклонённые пакеты базу не меняют.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Загрузить из центра</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выберите файл обмена, полученный из центра. Он будет скопирован с носителя и проверен; база не меняется, пока вы не нажмёте «Применить».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Добавить файлы…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Выбрать файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выбрать файлы обмена (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Добавить &amp;папку…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Убрать из списка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>От кого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Изменений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новых семей</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Обновляемых семей</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Повторов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Конфликтов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверка и итог</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выберите пакет в списке, чтобы увидеть подробности.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v из %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Открыть &amp;конфликты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Применить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файлы обмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файлы обмена (*{suffix});;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка с файлами обмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файлы обмена не выбраны.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверка пакетов…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Тот же пакет уже в списке: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Уже загружен {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Можно применить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Непредвиденная ошибка</source>
        <translation type="unfinished">Непрадбачаная памылка</translation>
    </message>
    <message>
        <source>Применение пакетов…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Применён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Применён; конфликтов оставлено для решения: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ожидает проверки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Отклонён: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} · ⚠ часы отправителя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Часы отправителя: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новые семьи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Обновляемые семьи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Снимаются с ноутбука (переданы другому специалисту)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({n}): {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Конфликт: дело {case}, {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Итог: применено {applied}, уже были загружены {already}, отклонено {refused}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверено пакетов: {total}. Можно применить: {ready}, уже загружены: {already}, отклонены: {refused}. База пока не изменена.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Патронат — семьи</source>
        <translation type="unfinished">Патранат — сем&apos;і</translation>
    </message>
    <message>
        <source>Семьи</source>
        <translation type="unfinished">Сем&apos;і</translation>
    </message>
    <message>
        <source>Сегодня</source>
        <translation type="unfinished">Сёння</translation>
    </message>
    <message>
        <source>Календарь</source>
        <translation type="unfinished">Каляндар</translation>
    </message>
    <message>
        <source>Справочники</source>
        <translation type="unfinished">Даведнікі</translation>
    </message>
    <message>
        <source>Настройки</source>
        <translation type="unfinished">Налады</translation>
    </message>
    <message>
        <source>{title} (Alt+{n})</source>
        <translation type="unfinished">{title} (Alt+{n})</translation>
    </message>
    <message>
        <source>Повестка дня — просроченные нормы и обследования, посещения недели — появится в следующей версии. Пока посмотрите семьи с отметкой «Требуют внимания» на странице «Семьи».</source>
        <translation type="unfinished">Парадак дня — пратэрмінаваныя нормы і абследаванні, наведванні тыдня — з&apos;явіцца ў наступнай версіі. Пакуль паглядзіце сем&apos;і з адзнакай «Патрабуюць увагі» на старонцы «Сем&apos;і».</translation>
    </message>
    <message>
        <source>Календарь посещений и норм появится в следующей версии.</source>
        <translation type="unfinished">Каляндар наведванняў і норм з&apos;явіцца ў наступнай версіі.</translation>
    </message>
    <message>
        <source>Загрузка…</source>
        <translation type="unfinished">Загрузка…</translation>
    </message>
    <message>
        <source>База данных: открывается…</source>
        <translation type="unfinished">База даных: адкрываецца…</translation>
    </message>
    <message>
        <source>Последний пакет синхронизации: нет</source>
        <translation type="unfinished">Апошні пакет сінхранізацыі: няма</translation>
    </message>
    <message>
        <source>Загрузка списка семей…</source>
        <translation type="unfinished">Загрузка спісу сем&apos;яў…</translation>
    </message>
    <message>
        <source>Специалист: не выбран</source>
        <translation type="unfinished">Спецыяліст: не выбраны</translation>
    </message>
    <message>
        <source>Центр ещё не настроен</source>
        <translation type="unfinished">Цэнтр яшчэ не наладжаны</translation>
    </message>
    <message>
        <source>не выбран</source>
        <translation type="unfinished">не выбраны</translation>
    </message>
    <message>
        <source>Обновление списка…</source>
        <translation type="unfinished">Абнаўленне спісу…</translation>
    </message>
    <message>
        <source>Проверка сроков и норм…</source>
        <translation type="unfinished">Праверка тэрмінаў і норм…</translation>
    </message>
    <message>
        <source>Не удалось загрузить данные</source>
        <translation type="unfinished">Не ўдалося загрузіць даныя</translation>
    </message>
    <message>
        <source>&amp;Обмен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Выгрузить для центра…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Загрузить из центра…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Приём пакетов…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выгрузить для &amp;специалиста…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Конфликты…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Обмен не настроен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Обмен с центром не настроен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Последний пакет синхронизации: {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}; не отправлено изменений: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}; ⚠ конфликтов: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Последний пакет синхронизации: неизвестно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>База данных: {database}</source>
        <translation type="unfinished">База даных: {database}</translation>
    </message>
    <message>
        <source>Специалист: {worker}</source>
        <translation type="unfinished">Спецыяліст: {worker}</translation>
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
        <translation type="unfinished">Новы член сям&apos;і</translation>
    </message>
    <message>
        <source>Член семьи: {name}</source>
        <translation type="unfinished">Член сям&apos;і: {name}</translation>
    </message>
    <message>
        <source>не указана</source>
        <translation type="unfinished">не пазначана</translation>
    </message>
    <message>
        <source>— выберите —</source>
        <translation type="unfinished">— выберыце —</translation>
    </message>
    <message>
        <source>З&amp;аявитель (подал заявление)</source>
        <translation type="unfinished">З&amp;аяўнік (падаў заяву)</translation>
    </message>
    <message>
        <source>Отметьте, чтобы заявителем стал этот член семьи вместо нынешнего заявителя.</source>
        <translation type="unfinished">Адзначце, каб заяўнікам стаў гэты член сям&apos;і замест цяперашняга заяўніка.</translation>
    </message>
    <message>
        <source>учреждение образования, класс; место работы</source>
        <translation type="unfinished">установа адукацыі, клас; месца працы</translation>
    </message>
    <message>
        <source>&amp;Фамилия*:</source>
        <translation type="unfinished">&amp;Прозвішча*:</translation>
    </message>
    <message>
        <source>&amp;Имя*:</source>
        <translation type="unfinished">&amp;Імя*:</translation>
    </message>
    <message>
        <source>&amp;Отчество:</source>
        <translation type="unfinished">Імя па &amp;бацьку:</translation>
    </message>
    <message>
        <source>Дата &amp;рождения*:</source>
        <translation type="unfinished">Дата &amp;нараджэння*:</translation>
    </message>
    <message>
        <source>&amp;Пол*:</source>
        <translation type="unfinished">По&amp;л*:</translation>
    </message>
    <message>
        <source>Родс&amp;тво:</source>
        <translation type="unfinished">Сваяц&amp;тва:</translation>
    </message>
    <message>
        <source>Инва&amp;лидность:</source>
        <translation type="unfinished">Інвалі&amp;днасць:</translation>
    </message>
    <message>
        <source>&amp;Учёба / работа:</source>
        <translation type="unfinished">&amp;Вучоба / праца:</translation>
    </message>
    <message>
        <source>Приме&amp;чания:</source>
        <translation type="unfinished">За&amp;ўвагі:</translation>
    </message>
    <message>
        <source>* — обязательные поля</source>
        <translation type="unfinished">* — абавязковыя палі</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation type="unfinished">&amp;Захаваць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished">Адмена</translation>
    </message>
    <message>
        <source>Дата рождения: обязательное поле.</source>
        <translation type="unfinished">Дата нараджэння: абавязковае поле.</translation>
    </message>
    <message>
        <source>Пол: обязательное поле.</source>
        <translation type="unfinished">Пол: абавязковае поле.</translation>
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
        <translation type="unfinished">Член сям&apos;і: змяненне</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation type="unfinished">&amp;Захаваць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished">Адмена</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>— выберите —</source>
        <translation type="unfinished">— выберыце —</translation>
    </message>
    <message>
        <source>например: ГУО «Новосёлковская СШ», 5 класс</source>
        <translation type="unfinished">напрыклад: ДУА «Навасёлкаўская СШ», 5 клас</translation>
    </message>
    <message>
        <source>&amp;Фамилия*:</source>
        <translation type="unfinished">&amp;Прозвішча*:</translation>
    </message>
    <message>
        <source>&amp;Имя*:</source>
        <translation type="unfinished">&amp;Імя*:</translation>
    </message>
    <message>
        <source>&amp;Отчество:</source>
        <translation type="unfinished">Імя па &amp;бацьку:</translation>
    </message>
    <message>
        <source>Дата &amp;рождения*:</source>
        <translation type="unfinished">Дата &amp;нараджэння*:</translation>
    </message>
    <message>
        <source>&amp;Пол*:</source>
        <translation type="unfinished">По&amp;л*:</translation>
    </message>
    <message>
        <source>Ро&amp;дство*:</source>
        <translation type="unfinished">Сваяц&amp;тва*:</translation>
    </message>
    <message>
        <source>Инв&amp;алидность:</source>
        <translation type="unfinished">Інвалі&amp;днасць:</translation>
    </message>
    <message>
        <source>&amp;Место учёбы или работы:</source>
        <translation type="unfinished">&amp;Месца вучобы або працы:</translation>
    </message>
    <message>
        <source>Наберите цифры: 12041990</source>
        <translation type="unfinished">Набярыце лічбы: 12041990</translation>
    </message>
    <message>
        <source>Дата рождения: обязательное поле.</source>
        <translation type="unfinished">Дата нараджэння: абавязковае поле.</translation>
    </message>
    <message>
        <source>Дата рождения: введите дату в виде ДД.ММ.ГГГГ.</source>
        <translation type="unfinished">Дата нараджэння: увядзіце дату ў выглядзе ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>Пол: выберите из списка.</source>
        <translation type="unfinished">Пол: выберыце са спісу.</translation>
    </message>
    <message>
        <source>Родство: выберите из списка.</source>
        <translation type="unfinished">Сваяцтва: выберыце са спісу.</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Фамилия</source>
        <translation type="unfinished">Прозвішча</translation>
    </message>
    <message>
        <source>Имя</source>
        <translation type="unfinished">Імя</translation>
    </message>
    <message>
        <source>Отчество</source>
        <translation type="unfinished">Імя па бацьку</translation>
    </message>
    <message>
        <source>Дата рожд.</source>
        <translation type="unfinished">Дата нарадж.</translation>
    </message>
    <message>
        <source>Пол</source>
        <translation type="unfinished">Пол</translation>
    </message>
    <message>
        <source>Родство</source>
        <translation type="unfinished">Сваяцтва</translation>
    </message>
    <message>
        <source>Инвалидность</source>
        <translation type="unfinished">Інваліднасць</translation>
    </message>
    <message>
        <source>Учёба / работа</source>
        <translation type="unfinished">Вучоба / праца</translation>
    </message>
    <message>
        <source>Д&amp;обавить…</source>
        <translation type="unfinished">Д&amp;адаць…</translation>
    </message>
    <message>
        <source>Добавить члена семьи (Insert)</source>
        <translation type="unfinished">Дадаць члена сям&apos;і (Insert)</translation>
    </message>
    <message>
        <source>&amp;Изменить…</source>
        <translation type="unfinished">&amp;Змяніць…</translation>
    </message>
    <message>
        <source>Изменить выбранного (Enter)</source>
        <translation type="unfinished">Змяніць выбранага (Enter)</translation>
    </message>
    <message>
        <source>&amp;Убрать</source>
        <translation type="unfinished">&amp;Прыбраць</translation>
    </message>
    <message>
        <source>Убрать выбранного из списка (Delete)</source>
        <translation type="unfinished">Прыбраць выбранага са спісу (Delete)</translation>
    </message>
    <message>
        <source>Заявитель: его данные меняются на шаге «Заявитель»</source>
        <translation type="unfinished">Заяўнік: яго даныя мяняюцца на кроку «Заяўнік»</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <source>Фамилия, имя, отчество</source>
        <translation type="unfinished">Прозвішча, імя, імя па бацьку</translation>
    </message>
    <message>
        <source>Дата рождения</source>
        <translation type="unfinished">Дата нараджэння</translation>
    </message>
    <message>
        <source>Возраст</source>
        <translation type="unfinished">Узрост</translation>
    </message>
    <message>
        <source>Пол</source>
        <translation type="unfinished">Пол</translation>
    </message>
    <message>
        <source>Родство</source>
        <translation type="unfinished">Сваяцтва</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation type="unfinished">Заяўнік</translation>
    </message>
    <message>
        <source>Инвалидность</source>
        <translation type="unfinished">Інваліднасць</translation>
    </message>
    <message>
        <source>Учёба / работа</source>
        <translation type="unfinished">Вучоба / праца</translation>
    </message>
    <message>
        <source>Заявление подано этим членом семьи</source>
        <translation type="unfinished">Заява пададзена гэтым членам сям&apos;і</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <source>Новое заявление</source>
        <translation type="unfinished">Новая заява</translation>
    </message>
    <message>
        <source>&amp;Далее &gt;</source>
        <translation type="unfinished">&amp;Далей &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Назад</source>
        <translation type="unfinished">&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Зарегистрировать</source>
        <translation type="unfinished">&amp;Зарэгістраваць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished">Адмена</translation>
    </message>
    <message>
        <source>Шаг {step} из {steps}. {name}</source>
        <translation type="unfinished">Крок {step} з {steps}. {name}</translation>
    </message>
    <message>
        <source>Заявление</source>
        <translation>Заява</translation>
    </message>
    <message>
        <source>например: СШ № 2, протокол от 10.04.2026 № 3; для «Иное» обязательно</source>
        <translation type="unfinished">напрыклад: СШ № 2, пратакол ад 10.04.2026 № 3; для «Іншае» абавязкова</translation>
    </message>
    <message>
        <source>О чём просит заявитель (по тексту заявления)</source>
        <translation type="unfinished">Пра што просіць заяўнік (па тэксце заявы)</translation>
    </message>
    <message>
        <source>&amp;Номер заявления*:</source>
        <translation type="unfinished">Н&amp;умар заявы*:</translation>
    </message>
    <message>
        <source>Да&amp;та заявления*:</source>
        <translation type="unfinished">Да&amp;та заявы*:</translation>
    </message>
    <message>
        <source>&amp;Источник обращения*:</source>
        <translation type="unfinished">&amp;Крыніца звароту*:</translation>
    </message>
    <message>
        <source>&amp;Кто направил:</source>
        <translation type="unfinished">&amp;Хто накіраваў:</translation>
    </message>
    <message>
        <source>&amp;Ответственный специалист*:</source>
        <translation type="unfinished">&amp;Адказны спецыяліст*:</translation>
    </message>
    <message>
        <source>&amp;Суть обращения:</source>
        <translation type="unfinished">&amp;Сутнасць звароту:</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation type="unfinished">Заяўнік</translation>
    </message>
    <message>
        <source>Член семьи, подавший заявление; должен быть совершеннолетним (18 лет и старше).</source>
        <translation type="unfinished">Член сям&apos;і, які падаў заяву; павінен быць паўналетнім (18 гадоў і старэйшы).</translation>
    </message>
    <message>
        <source>Члены семьи</source>
        <translation type="unfinished">Члены сям&apos;і</translation>
    </message>
    <message>
        <source>Все, кто живёт с заявителем одной семьёй. Заявитель — первая строка, его данные — на шаге 2.</source>
        <translation type="unfinished">Усе, хто жыве з заяўнікам адной сям&apos;ёй. Заяўнік — першы радок, яго даныя — на кроку 2.</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation type="unfinished">Адрас</translation>
    </message>
    <message>
        <source>&amp;Область:</source>
        <translation type="unfinished">Воб&amp;ласць:</translation>
    </message>
    <message>
        <source>&amp;Район:</source>
        <translation type="unfinished">&amp;Раён:</translation>
    </message>
    <message>
        <source>&amp;Сельсовет:</source>
        <translation type="unfinished">Сельса&amp;вет:</translation>
    </message>
    <message>
        <source>Населённый &amp;пункт*:</source>
        <translation type="unfinished">Населены &amp;пункт*:</translation>
    </message>
    <message>
        <source>&amp;Улица:</source>
        <translation type="unfinished">Вул&amp;іца:</translation>
    </message>
    <message>
        <source>До&amp;м:</source>
        <translation type="unfinished">До&amp;м:</translation>
    </message>
    <message>
        <source>&amp;Квартира:</source>
        <translation type="unfinished">Кват&amp;эра:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation type="unfinished">Тэлеф&amp;он:</translation>
    </message>
    <message>
        <source>например: д. Новосёлки, аг. Озёрный</source>
        <translation type="unfinished">напрыклад: в. Навасёлкі, аг. Азёрны</translation>
    </message>
    <message>
        <source>Основания</source>
        <translation type="unfinished">Падставы</translation>
    </message>
    <message>
        <source>&amp;Основания трудной жизненной ситуации (отметьте хотя бы одно, клавиша Пробел):</source>
        <translation type="unfinished">&amp;Падставы цяжкай жыццёвай сітуацыі (адзначце хаця б адну, клавіша Прабел):</translation>
    </message>
    <message>
        <source>Проверка и регистрация</source>
        <translation type="unfinished">Праверка і рэгістрацыя</translation>
    </message>
    <message>
        <source>Проверьте данные. «Зарегистрировать» откроет дело; исправить можно кнопкой «Назад».</source>
        <translation type="unfinished">Праверце даныя. «Зарэгістраваць» адкрые справу; выправіць можна кнопкай «Назад».</translation>
    </message>
    <message>
        <source>* — обязательные поля</source>
        <translation type="unfinished">* — абавязковыя палі</translation>
    </message>
    <message>
        <source>Обследование — не позднее {deadline} (3 рабочих дня после заявления)</source>
        <translation type="unfinished">Абследаванне — не пазней за {deadline} (3 працоўныя дні пасля заявы)</translation>
    </message>
    <message>
        <source>{day} — {name}</source>
        <translation type="unfinished">{day} — {name}</translation>
    </message>
    <message>
        <source>Не считаются: {days}</source>
        <translation type="unfinished">Не лічацца: {days}</translation>
    </message>
    <message>
        <source>Показаны основания, действующие на дату заявления {date}.</source>
        <translation type="unfinished">Паказаны падставы, якія дзейнічаюць на дату заявы {date}.</translation>
    </message>
    <message>
        <source>Номер и дата:</source>
        <translation type="unfinished">Нумар і дата:</translation>
    </message>
    <message>
        <source>№ {number} от {date}</source>
        <translation type="unfinished">№ {number} ад {date}</translation>
    </message>
    <message>
        <source>Источник обращения:</source>
        <translation type="unfinished">Крыніца звароту:</translation>
    </message>
    <message>
        <source>Ответственный специалист:</source>
        <translation type="unfinished">Адказны спецыяліст:</translation>
    </message>
    <message>
        <source>Обследование:</source>
        <translation type="unfinished">Абследаванне:</translation>
    </message>
    <message>
        <source>не позднее {date}</source>
        <translation type="unfinished">не пазней за {date}</translation>
    </message>
    <message>
        <source>Суть обращения:</source>
        <translation type="unfinished">Сутнасць звароту:</translation>
    </message>
    <message>
        <source>ФИО</source>
        <translation type="unfinished">ПІБ</translation>
    </message>
    <message>
        <source>Дата рожд.</source>
        <translation type="unfinished">Дата нарадж.</translation>
    </message>
    <message>
        <source>Возраст</source>
        <translation type="unfinished">Узрост</translation>
    </message>
    <message>
        <source>Родство</source>
        <translation type="unfinished">Сваяцтва</translation>
    </message>
    <message>
        <source>Инвалидность</source>
        <translation type="unfinished">Інваліднасць</translation>
    </message>
    <message>
        <source>Учёба / работа</source>
        <translation type="unfinished">Вучоба / праца</translation>
    </message>
    <message>
        <source>д. {house}</source>
        <translation type="unfinished">д. {house}</translation>
    </message>
    <message>
        <source>кв. {flat}</source>
        <translation type="unfinished">кв. {flat}</translation>
    </message>
    <message>
        <source>Область, район:</source>
        <translation type="unfinished">Вобласць, раён:</translation>
    </message>
    <message>
        <source>Сельсовет:</source>
        <translation type="unfinished">Сельсавет:</translation>
    </message>
    <message>
        <source>Населённый пункт:</source>
        <translation type="unfinished">Населены пункт:</translation>
    </message>
    <message>
        <source>Улица, дом:</source>
        <translation type="unfinished">Вуліца, дом:</translation>
    </message>
    <message>
        <source>Телефон:</source>
        <translation type="unfinished">Тэлефон:</translation>
    </message>
    <message>
        <source>Ответственный специалист: в центре нет работающих специалистов.</source>
        <translation type="unfinished">Адказны спецыяліст: у цэнтры няма спецыялістаў, якія працуюць.</translation>
    </message>
    <message>
        <source>{who}: {message}</source>
        <translation type="unfinished">{who}: {message}</translation>
    </message>
    <message>
        <source>шаг {step} «{name}»</source>
        <translation type="unfinished">крок {step} «{name}»</translation>
    </message>
    <message>
        <source>Заявление не зарегистрировано: исправьте отмеченные поля.</source>
        <translation type="unfinished">Заява не зарэгістравана: выпраўце адзначаныя палі.</translation>
    </message>
    <message>
        <source>Ещё замечания: {steps}.</source>
        <translation type="unfinished">Яшчэ заўвагі: {steps}.</translation>
    </message>
    <message>
        <source>Прервать регистрацию? Введённые данные будут потеряны.</source>
        <translation type="unfinished">Перапыніць рэгістрацыю? Уведзеныя даныя будуць страчаны.</translation>
    </message>
</context>
<context>
    <name>PlanAgreedDialog</name>
    <message>
        <source>Согласование плана</source>
        <translation type="unfinished">Узгадненне плана</translation>
    </message>
    <message>
        <source>Согласование плана с семьёй</source>
        <translation type="unfinished">Узгадненне плана з сям&apos;ёй</translation>
    </message>
    <message>
        <source>Версия {n} от {date}. Отметьте, что план составлен совместно с семьёй и согласован с ней.</source>
        <translation type="unfinished">Версія {n} ад {date}. Адзначце, што план складзены сумесна з сям&apos;ёй і ўзгоднены з ёй.</translation>
    </message>
    <message>
        <source>фамилия и инициалы члена семьи</source>
        <translation type="unfinished">прозвішча і ініцыялы члена сям&apos;і</translation>
    </message>
    <message>
        <source>&amp;Дата согласования:</source>
        <translation type="unfinished">&amp;Дата ўзгаднення:</translation>
    </message>
    <message>
        <source>&amp;Кто от семьи согласовал:</source>
        <translation type="unfinished">&amp;Хто ад сям&apos;і ўзгадніў:</translation>
    </message>
    <message>
        <source>Отметить согласование</source>
        <translation type="unfinished">Адзначыць узгадненне</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished">Адмена</translation>
    </message>
</context>
<context>
    <name>PlanItemMarkDialog</name>
    <message>
        <source>Отметка о выполнении</source>
        <translation type="unfinished">Адзнака аб выкананні</translation>
    </message>
    <message>
        <source>Отметка о выполнении мероприятия</source>
        <translation type="unfinished">Адзнака аб выкананні мерапрыемства</translation>
    </message>
    <message>
        <source>&lt;b&gt;Цель:&lt;/b&gt; {goal}&lt;br&gt;&lt;b&gt;Мероприятие:&lt;/b&gt; {measure}&lt;br&gt;&lt;b&gt;Срок:&lt;/b&gt; {deadline}</source>
        <translation type="unfinished">&lt;b&gt;Мэта:&lt;/b&gt; {goal}&lt;br&gt;&lt;b&gt;Мерапрыемства:&lt;/b&gt; {measure}&lt;br&gt;&lt;b&gt;Тэрмін:&lt;/b&gt; {deadline}</translation>
    </message>
    <message>
        <source>&amp;Выполнение:</source>
        <translation type="unfinished">&amp;Выкананне:</translation>
    </message>
    <message>
        <source>&amp;Дата выполнения:</source>
        <translation type="unfinished">&amp;Дата выканання:</translation>
    </message>
    <message>
        <source>&amp;Отметка:</source>
        <translation type="unfinished">&amp;Адзнака:</translation>
    </message>
    <message>
        <source>Сохранить отметку</source>
        <translation type="unfinished">Захаваць адзнаку</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished">Адмена</translation>
    </message>
</context>
<context>
    <name>PlanItemsTableModel</name>
    <message>
        <source>Проблема</source>
        <translation type="unfinished">Праблема</translation>
    </message>
    <message>
        <source>Цель</source>
        <translation type="unfinished">Мэта</translation>
    </message>
    <message>
        <source>Мероприятие</source>
        <translation type="unfinished">Мерапрыемства</translation>
    </message>
    <message>
        <source>Ответственный</source>
        <translation type="unfinished">Адказны</translation>
    </message>
    <message>
        <source>Срок</source>
        <translation type="unfinished">Тэрмін</translation>
    </message>
    <message>
        <source>Выполнение</source>
        <translation type="unfinished">Выкананне</translation>
    </message>
    <message>
        <source>Дата вып.</source>
        <translation type="unfinished">Дата вык.</translation>
    </message>
    <message>
        <source>Отметка о выполнении</source>
        <translation type="unfinished">Адзнака аб выкананні</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>⚠ Срок истёк {date}, мероприятие не отмечено выполненным.</source>
        <translation type="unfinished">⚠ Тэрмін скончыўся {date}, мерапрыемства не адзначана выкананым.</translation>
    </message>
    <message>
        <source>Специалист центра</source>
        <translation type="unfinished">Спецыяліст цэнтра</translation>
    </message>
    <message>
        <source>Организация</source>
        <translation type="unfinished">Арганізацыя</translation>
    </message>
    <message>
        <source>Отметки о выполнении ставятся кнопкой «Отметить выполнение…».</source>
        <translation type="unfinished">Адзнакі аб выкананні ставяцца кнопкай «Адзначыць выкананне…».</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>&amp;Версия:</source>
        <translation type="unfinished">&amp;Версія:</translation>
    </message>
    <message>
        <source>Отметить со&amp;гласование с семьёй…</source>
        <translation type="unfinished">Адзначыць уз&amp;гадненне з сям&apos;ёй…</translation>
    </message>
    <message>
        <source>Ошибки в строках плана</source>
        <translation type="unfinished">Памылкі ў радках плана</translation>
    </message>
    <message>
        <source>Мероприятия плана</source>
        <translation type="unfinished">Мерапрыемствы плана</translation>
    </message>
    <message>
        <source>Мероприятия версии плана (только чтение)</source>
        <translation type="unfinished">Мерапрыемствы версіі плана (толькі чытанне)</translation>
    </message>
    <message>
        <source>&amp;Добавить строку</source>
        <translation type="unfinished">&amp;Дадаць радок</translation>
    </message>
    <message>
        <source>Добавить мероприятие под выбранной строкой (Ctrl+Ins)</source>
        <translation type="unfinished">Дадаць мерапрыемства пад выбраным радком (Ctrl+Ins)</translation>
    </message>
    <message>
        <source>&amp;Удалить строку</source>
        <translation type="unfinished">Выда&amp;ліць радок</translation>
    </message>
    <message>
        <source>Убрать мероприятие из новой версии (Ctrl+Del); прежние версии не меняются</source>
        <translation type="unfinished">Прыбраць мерапрыемства з новай версіі (Ctrl+Del); ранейшыя версіі не мяняюцца</translation>
    </message>
    <message>
        <source>▲ Вы&amp;ше</source>
        <translation type="unfinished">▲ Вы&amp;шэй</translation>
    </message>
    <message>
        <source>Переместить строку выше (Ctrl+↑)</source>
        <translation type="unfinished">Перамясціць радок вышэй (Ctrl+↑)</translation>
    </message>
    <message>
        <source>▼ Ни&amp;же</source>
        <translation type="unfinished">▼ Ні&amp;жэй</translation>
    </message>
    <message>
        <source>Переместить строку ниже (Ctrl+↓)</source>
        <translation type="unfinished">Перамясціць радок ніжэй (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Отметить в&amp;ыполнение…</source>
        <translation type="unfinished">Адзначыць в&amp;ыкананне…</translation>
    </message>
    <message>
        <source>Дата &amp;составления:</source>
        <translation type="unfinished">Дата &amp;складання:</translation>
    </message>
    <message>
        <source>почему план пересматривается</source>
        <translation type="unfinished">чаму план пераглядаецца</translation>
    </message>
    <message>
        <source>&amp;Причина пересмотра:</source>
        <translation type="unfinished">&amp;Прычына перагляду:</translation>
    </message>
    <message>
        <source>&amp;Отменить изменения</source>
        <translation type="unfinished">&amp;Адмяніць змены</translation>
    </message>
    <message>
        <source>Сохранить как &amp;новую версию</source>
        <translation type="unfinished">Захаваць як &amp;новую версію</translation>
    </message>
    <message>
        <source>Сохранить план как новую версию (Ctrl+S); прежние версии сохраняются</source>
        <translation type="unfinished">Захаваць план як новую версію (Ctrl+S); ранейшыя версіі захоўваюцца</translation>
    </message>
    <message>
        <source>План</source>
        <translation>План</translation>
    </message>
    <message>
        <source>План № {number}</source>
        <translation type="unfinished">План № {number}</translation>
    </message>
    <message>
        <source>План сопровождения</source>
        <translation type="unfinished">План суправаджэння</translation>
    </message>
    <message>
        <source>новый план (ещё не сохранён)</source>
        <translation type="unfinished">новы план (яшчэ не захаваны)</translation>
    </message>
    <message>
        <source>согласована {date}</source>
        <translation type="unfinished">узгоднена {date}</translation>
    </message>
    <message>
        <source>не согласована</source>
        <translation type="unfinished">не ўзгоднена</translation>
    </message>
    <message>
        <source>Версия {n} от {date} — {agreed}</source>
        <translation type="unfinished">Версія {n} ад {date} — {agreed}</translation>
    </message>
    <message>
        <source> — пересмотр: {reason}</source>
        <translation type="unfinished"> — перагляд: {reason}</translation>
    </message>
    <message>
        <source> (действующая)</source>
        <translation type="unfinished"> (дзеючая)</translation>
    </message>
    <message>
        <source>Составлена {date}</source>
        <translation type="unfinished">Складзена {date}</translation>
    </message>
    <message>
        <source>Согласована с семьёй {date}: {who}</source>
        <translation type="unfinished">Узгоднена з сям&apos;ёй {date}: {who}</translation>
    </message>
    <message>
        <source>Причина пересмотра: {reason}</source>
        <translation type="unfinished">Прычына перагляду: {reason}</translation>
    </message>
    <message>
        <source>План ещё не составлен. Добавьте мероприятия (проблема → цель → мероприятие → ответственный → срок) и сохраните их: это будет версия 1. Затем отметьте согласование с семьёй.</source>
        <translation type="unfinished">План яшчэ не складзены. Дадайце мерапрыемствы (праблема → мэта → мерапрыемства → адказны → тэрмін) і захавайце іх: гэта будзе версія 1. Потым адзначце ўзгадненне з сям&apos;ёй.</translation>
    </message>
    <message>
        <source>Сначала проведите обследование и определите проблемы семьи.</source>
        <translation type="unfinished">Спачатку правядзіце абследаванне і вызначце праблемы сям&apos;і.</translation>
    </message>
    <message>
        <source>Архивная версия {n}: только просмотр. Действующая — версия {current}.</source>
        <translation type="unfinished">Архіўная версія {n}: толькі прагляд. Дзеючая — версія {current}.</translation>
    </message>
    <message>
        <source>✓ Версия {n} от {date} согласована с семьёй {agreed} ({who}).</source>
        <translation type="unfinished">✓ Версія {n} ад {date} узгоднена з сям&apos;ёй {agreed} ({who}).</translation>
    </message>
    <message>
        <source>⚠ Версия {n} от {date} ещё не согласована с семьёй: распечатайте план, обсудите его с семьёй и отметьте согласование.</source>
        <translation type="unfinished">⚠ Версія {n} ад {date} яшчэ не ўзгоднена з сям&apos;ёй: раздрукуйце план, абмяркуйце яго з сям&apos;ёй і адзначце ўзгадненне.</translation>
    </message>
    <message>
        <source>Причина пересмотра: {reason}.</source>
        <translation type="unfinished">Прычына перагляду: {reason}.</translation>
    </message>
    <message>
        <source>Случай закрыт: план только для просмотра.</source>
        <translation type="unfinished">Выпадак закрыты: план толькі для прагляду.</translation>
    </message>
    <message>
        <source>Отметить выполнение выбранного мероприятия в действующей версии (Ctrl+M)</source>
        <translation type="unfinished">Адзначыць выкананне выбранага мерапрыемства ў дзеючай версіі (Ctrl+M)</translation>
    </message>
    <message>
        <source>Отметки ставятся на сохранённые мероприятия действующей версии.</source>
        <translation type="unfinished">Адзнакі ставяцца на захаваныя мерапрыемствы дзеючай версіі.</translation>
    </message>
    <message>
        <source>Сначала сохраните изменения плана.</source>
        <translation type="unfinished">Спачатку захавайце змены плана.</translation>
    </message>
    <message>
        <source>Отметить, что план составлен совместно с семьёй и согласован с ней.</source>
        <translation type="unfinished">Адзначыць, што план складзены сумесна з сям&apos;ёй і ўзгоднены з ёй.</translation>
    </message>
    <message>
        <source>Строка {n}: {message}</source>
        <translation type="unfinished">Радок {n}: {message}</translation>
    </message>
</context>
<context>
    <name>ProblemsSection</name>
    <message>
        <source>Проблемы семьи ещё не определены.</source>
        <translation type="unfinished">Праблемы сям&apos;і яшчэ не вызначаны.</translation>
    </message>
    <message>
        <source>Проблемы, которые семья не может решить самостоятельно</source>
        <translation type="unfinished">Праблемы, якія сям&apos;я не можа вырашыць самастойна</translation>
    </message>
    <message>
        <source>Проблемы</source>
        <translation type="unfinished">Праблемы</translation>
    </message>
    <message>
        <source>Новая проблема</source>
        <translation type="unfinished">Новая праблема</translation>
    </message>
    <message>
        <source>например: мать не работает, задолженность за ЖКУ</source>
        <translation type="unfinished">напрыклад: маці не працуе, запазычанасць за ЖКП</translation>
    </message>
    <message>
        <source>&amp;Добавить проблему</source>
        <translation type="unfinished">&amp;Дадаць праблему</translation>
    </message>
    <message>
        <source>Добавить проблему в список (Enter в поле описания)</source>
        <translation type="unfinished">Дадаць праблему ў спіс (Enter у полі апісання)</translation>
    </message>
    <message>
        <source>&amp;Описание*:</source>
        <translation type="unfinished">&amp;Апісанне*:</translation>
    </message>
    <message>
        <source>&amp;Кого касается:</source>
        <translation type="unfinished">&amp;Каго датычыць:</translation>
    </message>
    <message>
        <source>Дата &amp;выявления*:</source>
        <translation type="unfinished">Дата &amp;выяўлення*:</translation>
    </message>
    <message>
        <source>вся семья</source>
        <translation type="unfinished">уся сям&apos;я</translation>
    </message>
</context>
<context>
    <name>ProblemsTableModel</name>
    <message>
        <source>№</source>
        <translation type="unfinished">№</translation>
    </message>
    <message>
        <source>Проблема</source>
        <translation type="unfinished">Праблема</translation>
    </message>
    <message>
        <source>Кого касается</source>
        <translation type="unfinished">Каго датычыць</translation>
    </message>
    <message>
        <source>Выявлена</source>
        <translation type="unfinished">Выяўлена</translation>
    </message>
    <message>
        <source>вся семья</source>
        <translation type="unfinished">уся сям&apos;я</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Передача семьи</source>
        <translation type="unfinished">Перадача сям&apos;і</translation>
    </message>
    <message>
        <source>Передать семью другому специалисту</source>
        <translation type="unfinished">Перадаць сям&apos;ю іншаму спецыялісту</translation>
    </message>
    <message>
        <source>Сейчас ответственный: {name}</source>
        <translation type="unfinished">Цяпер адказны: {name}</translation>
    </message>
    <message>
        <source>— выберите специалиста —</source>
        <translation type="unfinished">— выберыце спецыяліста —</translation>
    </message>
    <message>
        <source>&amp;Новый ответственный специалист:</source>
        <translation type="unfinished">&amp;Новы адказны спецыяліст:</translation>
    </message>
    <message>
        <source>&amp;Передать</source>
        <translation type="unfinished">&amp;Перадаць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished">Адмена</translation>
    </message>
    <message>
        <source>Выберите специалиста, которому передать семью.</source>
        <translation type="unfinished">Выберыце спецыяліста, якому перадаць сям&apos;ю.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Настройки</source>
        <translation type="unfinished">Налады</translation>
    </message>
    <message>
        <source>Специалист</source>
        <translation type="unfinished">Спецыяліст</translation>
    </message>
    <message>
        <source>Записи и журнал действий ведутся от имени выбранного специалиста. Выбор запоминается на этом компьютере.</source>
        <translation type="unfinished">Запісы і журнал дзеянняў вядуцца ад імя выбранага спецыяліста. Выбар запамінаецца на гэтым камп&apos;ютары.</translation>
    </message>
    <message>
        <source>Я &amp;работаю как:</source>
        <translation type="unfinished">Я &amp;працую як:</translation>
    </message>
    <message>
        <source>Язык интерфейса</source>
        <translation type="unfinished">Мова інтэрфейсу</translation>
    </message>
    <message>
        <source>Язык сменится при следующем запуске программы.</source>
        <translation type="unfinished">Мова зменіцца пры наступным запуску праграмы.</translation>
    </message>
    <message>
        <source>&amp;Язык:</source>
        <translation type="unfinished">&amp;Мова:</translation>
    </message>
    <message>
        <source>Правила центра</source>
        <translation type="unfinished">Правілы цэнтра</translation>
    </message>
    <message>
        <source>Правила действуют для всех специалистов центра. Сохраняются кнопкой «Сохранить правила».</source>
        <translation type="unfinished">Правілы дзейнічаюць для ўсіх спецыялістаў цэнтра. Захоўваюцца кнопкай «Захаваць правілы».</translation>
    </message>
    <message>
        <source>Остальные виды записываются, но в норму не идут. Изменение касается посещений, записанных после сохранения; у записанных раньше отметка остаётся прежней.</source>
        <translation type="unfinished">Астатнія віды запісваюцца, але ў норму не ідуць. Змяненне датычыць наведванняў, запісаных пасля захавання; у запісаных раней адзнака застаецца ранейшай.</translation>
    </message>
    <message>
        <source>&amp;Договор до согласования плана — запрещён (иначе предупреждение)</source>
        <translation type="unfinished">&amp;Дагавор да ўзгаднення плана — забаронены (інакш папярэджанне)</translation>
    </message>
    <message>
        <source>&amp;Сохранить правила</source>
        <translation type="unfinished">&amp;Захаваць правілы</translation>
    </message>
    <message>
        <source>&amp;Отменить изменения</source>
        <translation type="unfinished">&amp;Адмяніць змены</translation>
    </message>
    <message>
        <source>В норму посещений
засчитываются:</source>
        <translation type="unfinished">У норму наведванняў
залічваюцца:</translation>
    </message>
    <message>
        <source>Где хранятся данные</source>
        <translation type="unfinished">Дзе захоўваюцца даныя</translation>
    </message>
    <message>
        <source>База данных:</source>
        <translation type="unfinished">База даных:</translation>
    </message>
    <message>
        <source>Папка данных:</source>
        <translation type="unfinished">Папка даных:</translation>
    </message>
    <message>
        <source>Папка журналов:</source>
        <translation type="unfinished">Папка журналаў:</translation>
    </message>
    <message>
        <source>Файл настроек:</source>
        <translation type="unfinished">Файл налад:</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation type="unfinished">{name} — {role}</translation>
    </message>
    <message>
        <source>Не удалось записать файл настроек {path}: выбор действует до закрытия программы.</source>
        <translation type="unfinished">Не ўдалося запісаць файл налад {path}: выбар дзейнічае да закрыцця праграмы.</translation>
    </message>
    <message>
        <source>Правила сохранены.</source>
        <translation type="unfinished">Правілы захаваны.</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <source>выполнено</source>
        <translation type="unfinished">выканана</translation>
    </message>
    <message>
        <source>текущий шаг</source>
        <translation type="unfinished">бягучы крок</translation>
    </message>
    <message>
        <source>заблокировано</source>
        <translation type="unfinished">заблакавана</translation>
    </message>
    <message>
        <source>впереди</source>
        <translation type="unfinished">наперадзе</translation>
    </message>
    <message>
        <source>Шаг «{stage}» заблокирован: {reasons}</source>
        <translation type="unfinished">Крок «{stage}» заблакаваны: {reasons}</translation>
    </message>
</context>
<context>
    <name>StickChooser</name>
    <message>
        <source>{size} ГБ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} МБ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Обновить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Поискать вставленные носители ещё раз</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Друга&amp;я папка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — свободно {free} ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Носитель не найден — вставьте флешку и нажмите «Обновить»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка для файла обмена</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveySection</name>
    <message>
        <source>Акты обследования</source>
        <translation type="unfinished">Акты абследавання</translation>
    </message>
    <message>
        <source>&amp;Новый акт обследования…</source>
        <translation type="unfinished">&amp;Новы акт абследавання…</translation>
    </message>
    <message>
        <source>Записать повторное обследование семьи</source>
        <translation type="unfinished">Запісаць паўторнае абследаванне сям&apos;і</translation>
    </message>
    <message>
        <source>&amp;Сохранить акт</source>
        <translation type="unfinished">&amp;Захаваць акт</translation>
    </message>
    <message>
        <source>Сохранить акт обследования (Ctrl+S)</source>
        <translation type="unfinished">Захаваць акт абследавання (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Отменить</source>
        <translation type="unfinished">&amp;Адмяніць</translation>
    </message>
    <message>
        <source>Не записывать новый акт</source>
        <translation type="unfinished">Не запісваць новы акт</translation>
    </message>
    <message>
        <source>Обследование</source>
        <translation type="unfinished">Абследаванне</translation>
    </message>
    <message>
        <source>фамилии и инициалы, должности</source>
        <translation type="unfinished">прозвішчы і ініцыялы, пасады</translation>
    </message>
    <message>
        <source>— выберите —</source>
        <translation type="unfinished">— выберыце —</translation>
    </message>
    <message>
        <source>отопление, водоснабжение, канализация, газ …</source>
        <translation type="unfinished">ацяпленне, водазабеспячэнне, каналізацыя, газ …</translation>
    </message>
    <message>
        <source>заработная плата, пенсия, пособия, алименты …</source>
        <translation type="unfinished">заработная плата, пенсія, дапамогі, аліменты …</translation>
    </message>
    <message>
        <source>рассчитается сам</source>
        <translation type="unfinished">разлічыцца сам</translation>
    </message>
    <message>
        <source>Если оставить пустым, программа разделит доход семьи на число её членов.</source>
        <translation type="unfinished">Калі пакінуць пустым, праграма падзеліць даход сям&apos;і на колькасць яе членаў.</translation>
    </message>
    <message>
        <source>&amp;Дата обследования*:</source>
        <translation type="unfinished">&amp;Дата абследавання*:</translation>
    </message>
    <message>
        <source>Обследование про&amp;водили*:</source>
        <translation type="unfinished">Абследаванне пра&amp;водзілі*:</translation>
    </message>
    <message>
        <source>&amp;Тип жилья*:</source>
        <translation type="unfinished">&amp;Тып жылля*:</translation>
    </message>
    <message>
        <source>Состояние &amp;жилья:</source>
        <translation type="unfinished">Стан &amp;жылля:</translation>
    </message>
    <message>
        <source>&amp;Благоустройство:</source>
        <translation type="unfinished">Да&amp;браўпарадкаванасць:</translation>
    </message>
    <message>
        <source>&amp;Источники дохода:</source>
        <translation type="unfinished">&amp;Крыніцы даходу:</translation>
    </message>
    <message>
        <source>Доход семьи, &amp;руб. в месяц:</source>
        <translation type="unfinished">Даход сям&apos;і, &amp;руб. у месяц:</translation>
    </message>
    <message>
        <source>Средн&amp;едушевой доход, руб.:</source>
        <translation type="unfinished">Сярэднедушав&amp;ы даход, руб.:</translation>
    </message>
    <message>
        <source>&amp;Заключение*:</source>
        <translation type="unfinished">Заключ&amp;энне*:</translation>
    </message>
    <message>
        <source>* — обязательные поля</source>
        <translation type="unfinished">* — абавязковыя палі</translation>
    </message>
    <message>
        <source>акт от {date}</source>
        <translation type="unfinished">акт ад {date}</translation>
    </message>
    <message>
        <source>{act} (повторный)</source>
        <translation type="unfinished">{act} (паўторны)</translation>
    </message>
    <message>
        <source>Акт обследования материально-бытового положения от {date}</source>
        <translation type="unfinished">Акт абследавання матэрыяльна-бытавога становішча ад {date}</translation>
    </message>
    <message>
        <source>Новый акт обследования (повторное обследование)</source>
        <translation type="unfinished">Новы акт абследавання (паўторнае абследаванне)</translation>
    </message>
    <message>
        <source>Акт обследования материально-бытового положения ещё не составлен</source>
        <translation type="unfinished">Акт абследавання матэрыяльна-бытавога становішча яшчэ не складзены</translation>
    </message>
    <message>
        <source>Тип жилья: обязательное поле.</source>
        <translation type="unfinished">Тып жылля: абавязковае поле.</translation>
    </message>
    <message>
        <source>Доход семьи</source>
        <translation type="unfinished">Даход сям&apos;і</translation>
    </message>
    <message>
        <source>Среднедушевой доход</source>
        <translation type="unfinished">Сярэднедушавы даход</translation>
    </message>
    <message>
        <source>{label}: введите сумму числом, например 850,50.</source>
        <translation type="unfinished">{label}: увядзіце суму лікам, напрыклад 850,50.</translation>
    </message>
</context>
<context>
    <name>SyncValues</name>
    <message>
        <source>{day} в {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Запись удалена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(пусто)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дата: введите её как дд.мм.гггг, например 01.12.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дата: такой даты нет в календаре.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Число: введите целое число.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ответ: введите «Да» или «Нет».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Значение: нарушена запись JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypeChangeDialog</name>
    <message>
        <source>Смена вида патроната</source>
        <translation type="unfinished">Змена віду патранату</translation>
    </message>
    <message>
        <source>Вид патроната</source>
        <translation type="unfinished">Від патранату</translation>
    </message>
    <message>
        <source>Сейчас: {type} с {start}. Текущий период закончится накануне новой даты.</source>
        <translation type="unfinished">Цяпер: {type} з {start}. Бягучы перыяд скончыцца напярэдадні новай даты.</translation>
    </message>
    <message>
        <source>Вид патроната ещё не установлен.</source>
        <translation type="unfinished">Від патранату яшчэ не ўстаноўлены.</translation>
    </message>
    <message>
        <source>Например: угроза жизни и здоровью ребёнка устранена</source>
        <translation type="unfinished">Напрыклад: пагроза жыццю і здароўю дзіцяці ліквідавана</translation>
    </message>
    <message>
        <source>&amp;Новый вид:</source>
        <translation type="unfinished">&amp;Новы від:</translation>
    </message>
    <message>
        <source>&amp;Дата начала:</source>
        <translation type="unfinished">&amp;Дата пачатку:</translation>
    </message>
    <message>
        <source>&amp;Причина*:</source>
        <translation type="unfinished">&amp;Прычына*:</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation type="unfinished">&amp;Захаваць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished">Адмена</translation>
    </message>
</context>
<context>
    <name>TypeSection</name>
    <message>
        <source>С&amp;менить вид…</source>
        <translation type="unfinished">З&amp;мяніць від…</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation type="unfinished">Від</translation>
    </message>
    <message>
        <source>Начало</source>
        <translation type="unfinished">Пачатак</translation>
    </message>
    <message>
        <source>Окончание</source>
        <translation type="unfinished">Канец</translation>
    </message>
    <message>
        <source>Причина</source>
        <translation type="unfinished">Прычына</translation>
    </message>
    <message>
        <source>История видов патроната</source>
        <translation type="unfinished">Гісторыя відаў патранату</translation>
    </message>
    <message>
        <source>Период</source>
        <translation type="unfinished">Перыяд</translation>
    </message>
    <message>
        <source>Нужно</source>
        <translation type="unfinished">Трэба</translation>
    </message>
    <message>
        <source>Сделано</source>
        <translation type="unfinished">Зроблена</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Соблюдение нормы посещений</source>
        <translation type="unfinished">Выкананне нормы наведванняў</translation>
    </message>
    <message>
        <source>Текущий вид</source>
        <translation type="unfinished">Бягучы від</translation>
    </message>
    <message>
        <source>История</source>
        <translation type="unfinished">Гісторыя</translation>
    </message>
    <message>
        <source>Вид патроната</source>
        <translation type="unfinished">Від патранату</translation>
    </message>
    <message>
        <source>не менее 2 посещений в неделю</source>
        <translation type="unfinished">не менш за 2 наведванні на тыдзень</translation>
    </message>
    <message>
        <source>не менее 1 посещения в месяц</source>
        <translation type="unfinished">не менш за 1 наведванне ў месяц</translation>
    </message>
    <message>
        <source>1 посещение в 3 месяца</source>
        <translation type="unfinished">1 наведванне ў 3 месяцы</translation>
    </message>
    <message>
        <source>норма выполнена</source>
        <translation type="unfinished">норма выканана</translation>
    </message>
    <message>
        <source>идёт</source>
        <translation type="unfinished">ідзе</translation>
    </message>
    <message>
        <source>под угрозой</source>
        <translation type="unfinished">пад пагрозай</translation>
    </message>
    <message>
        <source>норма не выполнена</source>
        <translation type="unfinished">норма не выканана</translation>
    </message>
    <message>
        <source>{type} патронат</source>
        <translation type="unfinished">{type} патранат</translation>
    </message>
    <message>
        <source>с {start} · норма: {norm}</source>
        <translation type="unfinished">з {start} · норма: {norm}</translation>
    </message>
    <message>
        <source>Вид патроната не действует</source>
        <translation type="unfinished">Від патранату не дзейнічае</translation>
    </message>
    <message>
        <source>Последний: {type}, по {end}</source>
        <translation type="unfinished">Апошні: {type}, па {end}</translation>
    </message>
    <message>
        <source>Вид патроната не установлен</source>
        <translation type="unfinished">Від патранату не ўстаноўлены</translation>
    </message>
    <message>
        <source>&amp;Установить вид…</source>
        <translation type="unfinished">&amp;Устанавіць від…</translation>
    </message>
    <message>
        <source>Случай закрыт: изменения невозможны.</source>
        <translation type="unfinished">Выпадак закрыты: змены немагчымыя.</translation>
    </message>
    <message>
        <source>Вид патроната устанавливается после заключения договора.</source>
        <translation type="unfinished">Від патранату ўстанаўліваецца пасля заключэння дагавора.</translation>
    </message>
    <message>
        <source>Срок договора: {start} – {end}.</source>
        <translation type="unfinished">Тэрмін дагавора: {start} – {end}.</translation>
    </message>
    <message>
        <source>действует</source>
        <translation type="unfinished">дзейнічае</translation>
    </message>
    <message>
        <source>(неполный)</source>
        <translation type="unfinished">(няпоўны)</translation>
    </message>
    <message>
        <source>Норма посещений считается с начала вида патроната в пределах срока договора.</source>
        <translation type="unfinished">Норма наведванняў лічыцца з пачатку віду патранату ў межах тэрміну дагавора.</translation>
    </message>
    <message>
        <source>Периодов: {total}; норма выполнена: {met}; не выполнена: {missed}.</source>
        <translation type="unfinished">Перыядаў: {total}; норма выканана: {met}; не выканана: {missed}.</translation>
    </message>
    <message>
        <source>В текущем периоде (до {end}) нужно ещё посещений: {needed}.</source>
        <translation type="unfinished">У бягучым перыядзе (да {end}) трэба яшчэ наведванняў: {needed}.</translation>
    </message>
</context>
<context>
    <name>VersionBox</name>
    <message>
        <source>● Показывается сейчас (временно)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Не показывается</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Новае наведванне</translation>
    </message>
    <message>
        <source>Посещение {date}</source>
        <translation type="unfinished">Наведванне {date}</translation>
    </message>
    <message>
        <source>Присутствовали</source>
        <translation type="unfinished">Прысутнічалі</translation>
    </message>
    <message>
        <source>заявитель</source>
        <translation type="unfinished">заяўнік</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation type="unfinished">{name} ({relation})</translation>
    </message>
    <message>
        <source>&amp;Дата*:</source>
        <translation type="unfinished">&amp;Дата*:</translation>
    </message>
    <message>
        <source>&amp;Вид контакта:</source>
        <translation type="unfinished">&amp;Від кантакту:</translation>
    </message>
    <message>
        <source>&amp;Ход посещения:</source>
        <translation type="unfinished">&amp;Ход наведвання:</translation>
    </message>
    <message>
        <source>&amp;Результат:</source>
        <translation type="unfinished">В&amp;ынік:</translation>
    </message>
    <message>
        <source>Дальнейшие &amp;шаги:</source>
        <translation type="unfinished">Далейшыя &amp;крокі:</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation type="unfinished">&amp;Захаваць</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation type="unfinished">Закрыць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished">Адмена</translation>
    </message>
    <message>
        <source>Засчитывается в норму посещений (по правилу центра).</source>
        <translation type="unfinished">Залічваецца ў норму наведванняў (па правіле цэнтра).</translation>
    </message>
    <message>
        <source>Не засчитывается в норму посещений (по правилу центра).</source>
        <translation type="unfinished">Не залічваецца ў норму наведванняў (па правіле цэнтра).</translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <source>&amp;Добавить посещение…</source>
        <translation type="unfinished">&amp;Дадаць наведванне…</translation>
    </message>
    <message>
        <source>Добавить посещение ({shortcut})</source>
        <translation type="unfinished">Дадаць наведванне ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Изменить…</source>
        <translation type="unfinished">&amp;Змяніць…</translation>
    </message>
    <message>
        <source>Открыть выбранное посещение (Enter или двойной щелчок)</source>
        <translation type="unfinished">Адкрыць выбранае наведванне (Enter або падвойны пстрык)</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <source>Вид контакта</source>
        <translation type="unfinished">Від кантакту</translation>
    </message>
    <message>
        <source>В норму</source>
        <translation type="unfinished">У норму</translation>
    </message>
    <message>
        <source>Присутствовали</source>
        <translation type="unfinished">Прысутнічалі</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation type="unfinished">Вынік</translation>
    </message>
    <message>
        <source>Специалист</source>
        <translation type="unfinished">Спецыяліст</translation>
    </message>
    <message>
        <source>Посещения семьи</source>
        <translation type="unfinished">Наведванні сям&apos;і</translation>
    </message>
    <message>
        <source>Посещения</source>
        <translation type="unfinished">Наведванні</translation>
    </message>
    <message>
        <source>да</source>
        <translation type="unfinished">так</translation>
    </message>
    <message>
        <source>нет</source>
        <translation type="unfinished">не</translation>
    </message>
    <message>
        <source>Посещений и контактов: {total}, из них в норму: {counting}. Последнее: {last}.</source>
        <translation type="unfinished">Наведванняў і кантактаў: {total}, з іх у норму: {counting}. Апошняе: {last}.</translation>
    </message>
    <message>
        <source>Посещений ещё нет.</source>
        <translation type="unfinished">Наведванняў яшчэ няма.</translation>
    </message>
    <message>
        <source>Случай закрыт: изменения невозможны.</source>
        <translation type="unfinished">Выпадак закрыты: змены немагчымыя.</translation>
    </message>
    <message>
        <source>&amp;Открыть…</source>
        <translation type="unfinished">&amp;Адкрыць…</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <source>Специалист</source>
        <translation type="unfinished">Спецыяліст</translation>
    </message>
    <message>
        <source>Новый специалист</source>
        <translation type="unfinished">Новы спецыяліст</translation>
    </message>
    <message>
        <source>латиницей, например ivanova.a</source>
        <translation type="unfinished">лацінскімі літарамі, напрыклад ivanova.a</translation>
    </message>
    <message>
        <source>специалист по социальной работе</source>
        <translation type="unfinished">спецыяліст па сацыяльнай рабоце</translation>
    </message>
    <message>
        <source>&amp;Работает (можно назначать ответственным)</source>
        <translation type="unfinished">&amp;Працуе (можна прызначаць адказным)</translation>
    </message>
    <message>
        <source>&amp;Фамилия*:</source>
        <translation type="unfinished">П&amp;розвішча*:</translation>
    </message>
    <message>
        <source>&amp;Имя*:</source>
        <translation type="unfinished">&amp;Імя*:</translation>
    </message>
    <message>
        <source>&amp;Отчество:</source>
        <translation type="unfinished">Імя па &amp;бацьку:</translation>
    </message>
    <message>
        <source>&amp;Логин*:</source>
        <translation type="unfinished">&amp;Лагін*:</translation>
    </message>
    <message>
        <source>&amp;Должность:</source>
        <translation type="unfinished">Па&amp;сада:</translation>
    </message>
    <message>
        <source>Р&amp;оль:</source>
        <translation type="unfinished">Р&amp;оля:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation type="unfinished">&amp;Тэлефон:</translation>
    </message>
    <message>
        <source>* — обязательные поля. Специалиста не удаляют: снимите отметку «Работает».</source>
        <translation type="unfinished">* — абавязковыя палі. Спецыяліста не выдаляюць: зніміце адзнаку «Працуе».</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation type="unfinished">&amp;Захаваць</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished">Адмена</translation>
    </message>
</context>
<context>
    <name>WorkersTab</name>
    <message>
        <source>Специалисты центра: ответственные за семьи и исполнители мероприятий планов. Уволившегося специалиста не удаляют, а снимают отметку «Работает»: его дела и записи сохраняются. Вы сами (от чьего имени ведутся записи) выделены жирным.</source>
        <translation type="unfinished">Спецыялісты цэнтра: адказныя за сем&apos;і і выканаўцы мерапрыемстваў планаў. Спецыяліста, які звольніўся, не выдаляюць, а здымаюць адзнаку «Працуе»: яго справы і запісы захоўваюцца. Вы самі (ад чыйго імя вядуцца запісы) вылучаны тоўстым шрыфтам.</translation>
    </message>
    <message>
        <source>Фамилия</source>
        <translation type="unfinished">Прозвішча</translation>
    </message>
    <message>
        <source>Имя</source>
        <translation type="unfinished">Імя</translation>
    </message>
    <message>
        <source>Отчество</source>
        <translation type="unfinished">Імя па бацьку</translation>
    </message>
    <message>
        <source>Логин</source>
        <translation type="unfinished">Лагін</translation>
    </message>
    <message>
        <source>Должность</source>
        <translation type="unfinished">Пасада</translation>
    </message>
    <message>
        <source>Роль</source>
        <translation type="unfinished">Роля</translation>
    </message>
    <message>
        <source>Телефон</source>
        <translation type="unfinished">Тэлефон</translation>
    </message>
    <message>
        <source>Работает</source>
        <translation type="unfinished">Працуе</translation>
    </message>
    <message>
        <source>&amp;Добавить…</source>
        <translation type="unfinished">&amp;Дадаць…</translation>
    </message>
    <message>
        <source>&amp;Изменить…</source>
        <translation type="unfinished">&amp;Змяніць…</translation>
    </message>
    <message>
        <source>да</source>
        <translation type="unfinished">так</translation>
    </message>
    <message>
        <source>нет</source>
        <translation type="unfinished">не</translation>
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
        <translation type="unfinished">Ацэнка праблем</translation>
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
        <translation type="unfinished">Закрыты</translation>
    </message>
    <message>
        <source>Обратилась самостоятельно</source>
        <translation type="unfinished">Звярнулася самастойна</translation>
    </message>
    <message>
        <source>Координационный совет (Декрет № 18)</source>
        <translation type="unfinished">Каардынацыйны савет (Дэкрэт № 18)</translation>
    </message>
    <message>
        <source>Совет профилактики учреждения образования</source>
        <translation type="unfinished">Савет прафілактыкі ўстановы адукацыі</translation>
    </message>
    <message>
        <source>КДН</source>
        <translation type="unfinished">КСН</translation>
    </message>
    <message>
        <source>Организация здравоохранения</source>
        <translation type="unfinished">Арганізацыя аховы здароўя</translation>
    </message>
    <message>
        <source>Органы внутренних дел</source>
        <translation type="unfinished">Органы ўнутраных спраў</translation>
    </message>
    <message>
        <source>Сельский исполнительный комитет</source>
        <translation type="unfinished">Сельскі выканаўчы камітэт</translation>
    </message>
    <message>
        <source>Иное</source>
        <translation type="unfinished">Іншае</translation>
    </message>
    <message>
        <source>муж.</source>
        <translation type="unfinished">муж.</translation>
    </message>
    <message>
        <source>жен.</source>
        <translation type="unfinished">жан.</translation>
    </message>
    <message>
        <source>заявитель</source>
        <translation type="unfinished">заяўнік</translation>
    </message>
    <message>
        <source>супруг(а)</source>
        <translation type="unfinished">муж (жонка)</translation>
    </message>
    <message>
        <source>сожитель(ница)</source>
        <translation type="unfinished">сужыцель (сужыцельніца)</translation>
    </message>
    <message>
        <source>сын/дочь</source>
        <translation type="unfinished">сын/дачка</translation>
    </message>
    <message>
        <source>пасынок/падчерица</source>
        <translation type="unfinished">пасынак/падчарыца</translation>
    </message>
    <message>
        <source>отец/мать</source>
        <translation type="unfinished">бацька/маці</translation>
    </message>
    <message>
        <source>дедушка/бабушка</source>
        <translation type="unfinished">дзядуля/бабуля</translation>
    </message>
    <message>
        <source>внук/внучка</source>
        <translation type="unfinished">унук/унучка</translation>
    </message>
    <message>
        <source>брат/сестра</source>
        <translation type="unfinished">брат/сястра</translation>
    </message>
    <message>
        <source>опекун</source>
        <translation type="unfinished">апякун</translation>
    </message>
    <message>
        <source>подопечный</source>
        <translation type="unfinished">падапечны</translation>
    </message>
    <message>
        <source>иное</source>
        <translation type="unfinished">іншае</translation>
    </message>
    <message>
        <source>нет</source>
        <translation type="unfinished">няма</translation>
    </message>
    <message>
        <source>I группа</source>
        <translation type="unfinished">I група</translation>
    </message>
    <message>
        <source>II группа</source>
        <translation type="unfinished">II група</translation>
    </message>
    <message>
        <source>III группа</source>
        <translation type="unfinished">III група</translation>
    </message>
    <message>
        <source>ребёнок-инвалид</source>
        <translation type="unfinished">дзіця-інвалід</translation>
    </message>
    <message>
        <source>ОПФР</source>
        <translation type="unfinished">АПФР</translation>
    </message>
    <message>
        <source>собственный дом</source>
        <translation type="unfinished">уласны дом</translation>
    </message>
    <message>
        <source>собственная квартира</source>
        <translation type="unfinished">уласная кватэра</translation>
    </message>
    <message>
        <source>съёмное жильё</source>
        <translation type="unfinished">наёмнае жыллё</translation>
    </message>
    <message>
        <source>социальное жильё</source>
        <translation type="unfinished">сацыяльнае жыллё</translation>
    </message>
    <message>
        <source>общежитие</source>
        <translation type="unfinished">інтэрнат</translation>
    </message>
    <message>
        <source>у родственников</source>
        <translation type="unfinished">у сваякоў</translation>
    </message>
    <message>
        <source>нет жилья</source>
        <translation type="unfinished">няма жылля</translation>
    </message>
    <message>
        <source>посещение на дому</source>
        <translation type="unfinished">наведванне на даму</translation>
    </message>
    <message>
        <source>беседа в центре</source>
        <translation type="unfinished">гутарка ў цэнтры</translation>
    </message>
    <message>
        <source>телефонный звонок</source>
        <translation type="unfinished">тэлефонны званок</translation>
    </message>
    <message>
        <source>совместный выезд</source>
        <translation type="unfinished">сумесны выезд</translation>
    </message>
    <message>
        <source>срочное социальное обслуживание</source>
        <translation type="unfinished">тэрміновае сацыяльнае абслугоўванне</translation>
    </message>
    <message>
        <source>нестационарное социальное обслуживание</source>
        <translation type="unfinished">нестацыянарнае сацыяльнае абслугоўванне</translation>
    </message>
    <message>
        <source>запланировано</source>
        <translation type="unfinished">запланавана</translation>
    </message>
    <message>
        <source>выполнено</source>
        <translation type="unfinished">выканана</translation>
    </message>
    <message>
        <source>выполнено частично</source>
        <translation type="unfinished">выканана часткова</translation>
    </message>
    <message>
        <source>не выполнено</source>
        <translation type="unfinished">не выканана</translation>
    </message>
    <message>
        <source>отменено</source>
        <translation type="unfinished">адменена</translation>
    </message>
    <message>
        <source>ТЖС преодолена</source>
        <translation type="unfinished">ЦЖС пераадолена</translation>
    </message>
    <message>
        <source>ТЖС преодолена частично</source>
        <translation type="unfinished">ЦЖС пераадолена часткова</translation>
    </message>
    <message>
        <source>ТЖС не преодолена</source>
        <translation type="unfinished">ЦЖС не пераадолена</translation>
    </message>
    <message>
        <source>отказ семьи</source>
        <translation type="unfinished">адмова сям&apos;і</translation>
    </message>
    <message>
        <source>передана в другую организацию</source>
        <translation type="unfinished">перададзена ў іншую арганізацыю</translation>
    </message>
    <message>
        <source>завершение патроната</source>
        <translation type="unfinished">завяршэнне патранату</translation>
    </message>
    <message>
        <source>отзыв согласия семьёй</source>
        <translation type="unfinished">адкліканне згоды сям&apos;ёй</translation>
    </message>
    <message>
        <source>переезд семьи</source>
        <translation type="unfinished">пераезд сям&apos;і</translation>
    </message>
    <message>
        <source>передача в другую организацию</source>
        <translation type="unfinished">перадача ў іншую арганізацыю</translation>
    </message>
    <message>
        <source>иная причина</source>
        <translation type="unfinished">іншая прычына</translation>
    </message>
    <message>
        <source>управление по труду, занятости и социальной защите</source>
        <translation type="unfinished">упраўленне па працы, занятасці і сацыяльнай абароне</translation>
    </message>
    <message>
        <source>здравоохранение</source>
        <translation type="unfinished">ахова здароўя</translation>
    </message>
    <message>
        <source>образование</source>
        <translation type="unfinished">адукацыя</translation>
    </message>
    <message>
        <source>социально-педагогический центр</source>
        <translation type="unfinished">сацыяльна-педагагічны цэнтр</translation>
    </message>
    <message>
        <source>органы внутренних дел</source>
        <translation type="unfinished">органы ўнутраных спраў</translation>
    </message>
    <message>
        <source>сельисполком</source>
        <translation type="unfinished">сельвыканкам</translation>
    </message>
    <message>
        <source>общественное объединение</source>
        <translation type="unfinished">грамадскае аб&apos;яднанне</translation>
    </message>
    <message>
        <source>специалист по социальной работе</source>
        <translation type="unfinished">спецыяліст па сацыяльнай рабоце</translation>
    </message>
    <message>
        <source>заведующий отделением</source>
        <translation type="unfinished">загадчык аддзялення</translation>
    </message>
    <message>
        <source>администратор</source>
        <translation type="unfinished">адміністратар</translation>
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
</TS>
