<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ru">
<context>
    <name>AgenciesTab</name>
    <message>
        <source>Участники межведомственного взаимодействия: их выбирают ответственными в планах и адресатами запросов. Организацию, с которой центр больше не работает, не удаляют, а отмечают как недействующую: в старых делах она остаётся.</source>
        <translation>Interagency partners: they can be chosen as responsible in plans and as recipients of requests. An organisation the centre no longer works with is not deleted but marked inactive, so it stays in old cases.</translation>
    </message>
    <message>
        <source>Название</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Контактное лицо</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Действует</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Организация</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Новая организация</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Фамилия, имя, отчество, должность</source>
        <translation>Full name, position</translation>
    </message>
    <message>
        <source>&amp;Действует (можно выбирать в планах и запросах)</source>
        <translation>&amp;Active (can be chosen in plans and requests)</translation>
    </message>
    <message>
        <source>&amp;Название*:</source>
        <translation>&amp;Name*:</translation>
    </message>
    <message>
        <source>&amp;Вид:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Адрес:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Контактное лицо:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>* — обязательное поле. Организацию не удаляют: снимите отметку «Действует».</source>
        <translation>* required field. Organisations are not deleted: clear “Active” instead.</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Повестка по дням</source>
        <translation>Agenda by day</translation>
    </message>
    <message>
        <source>сегодня</source>
        <translation>today</translation>
    </message>
    <message>
        <source>ничего не назначено</source>
        <translation>nothing scheduled</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Не удалось открыть базу данных</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Не удалось открыть базу данных: {error}</source>
        <translation>Cannot open the database: {error}</translation>
    </message>
</context>
<context>
    <name>ApplicationSection</name>
    <message>
        <source>Текст заявления</source>
        <translation>Application text</translation>
    </message>
    <message>
        <source>Заявление не зарегистрировано.</source>
        <translation>The application is not registered.</translation>
    </message>
    <message>
        <source>Заявление</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Номер:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Дата:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Заявитель:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>Источник обращения:</source>
        <translation>Referral source:</translation>
    </message>
    <message>
        <source>Принял(а):</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <source>Срок обследования:</source>
        <translation>Survey due:</translation>
    </message>
    <message>
        <source>&amp;Текст заявления:</source>
        <translation>Application &amp;text:</translation>
    </message>
    <message>
        <source>{source} ({note})</source>
        <translation>{source} ({note})</translation>
    </message>
    <message>
        <source>не указано</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>{deadline} (обследование проведено {date}, в срок)</source>
        <translation>{deadline} (survey done {date}, on time)</translation>
    </message>
    <message>
        <source>{deadline} (обследование проведено {date}, после срока)</source>
        <translation>{deadline} (survey done {date}, late)</translation>
    </message>
    <message>
        <source>{deadline} (акта обследования ещё нет: см. раздел «Обследование»)</source>
        <translation>{deadline} (no survey act yet: see “Survey”)</translation>
    </message>
</context>
<context>
    <name>CalendarEntries</name>
    <message>
        <source>праздник</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>выходной (перенос)</source>
        <translation>day off (transfer)</translation>
    </message>
    <message>
        <source>рабочий день (перенос)</source>
        <translation>working day (transfer)</translation>
    </message>
    <message>
        <source>выходной</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>рабочий день</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>Пн</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Вт</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Ср</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Чт</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Пт</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Сб</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Вс</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Январь</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Февраль</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Март</source>
        <translation>March</translation>
    </message>
    <message>
        <source>Апрель</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Май</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Июнь</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Июль</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Август</source>
        <translation>August</translation>
    </message>
    <message>
        <source>Сентябрь</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Октябрь</source>
        <translation>October</translation>
    </message>
    <message>
        <source>Ноябрь</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Декабрь</source>
        <translation>December</translation>
    </message>
    <message>
        <source>станет под угрозой без посещения: нужно ещё {n} до {end}</source>
        <translation>turns at risk without a visit: {n} more needed by {end}</translation>
    </message>
    <message>
        <source>под угрозой: нужно ещё {n} до {end}</source>
        <translation>at risk: {n} more needed by {end}</translation>
    </message>
    <message>
        <source>норма ({type}) {start}–{end}: {done} из {required}, {status}</source>
        <translation>norm ({type}) {start}–{end}: {done} of {required}, {status}</translation>
    </message>
    <message>
        <source>станет под угрозой</source>
        <translation>turns at risk</translation>
    </message>
    <message>
        <source>запланировано посещение</source>
        <translation>visit planned</translation>
    </message>
    <message>
        <source>план</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>в норму</source>
        <translation>counts</translation>
    </message>
    <message>
        <source>не в норму</source>
        <translation>does not count</translation>
    </message>
    <message>
        <source>посещений: {n}</source>
        <translation>visits: {n}</translation>
    </message>
    <message>
        <source>запланировано: {n}</source>
        <translation>planned: {n}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>◀ Назад</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Предыдущий период (PgUp)</source>
        <translation>Previous period (PgUp)</translation>
    </message>
    <message>
        <source>&amp;Сегодня</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Перейти к сегодняшнему дню (Home)</source>
        <translation>Go to today (Home)</translation>
    </message>
    <message>
        <source>Вперёд ▶</source>
        <translation>Forward ▶</translation>
    </message>
    <message>
        <source>Следующий период (PgDown)</source>
        <translation>Next period (PgDown)</translation>
    </message>
    <message>
        <source>&amp;Месяц</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Неделя</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>&amp;Повестка</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Се&amp;мьи:</source>
        <translation>Fa&amp;milies:</translation>
    </message>
    <message>
        <source>Обозначения:</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <source>посещения</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>запланировано</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>праздник</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>перенесённый выходной</source>
        <translation>transferred day off</translation>
    </message>
    <message>
        <source>рабочая суббота</source>
        <translation>working Saturday</translation>
    </message>
    <message>
        <source>Окна нормы показаны в день окончания и в день, когда станут под угрозой</source>
        <translation>Norm windows are shown on the day they end and on the day they turn at risk</translation>
    </message>
    <message>
        <source>Загрузка календаря…</source>
        <translation>Loading the calendar…</translation>
    </message>
    <message>
        <source>Не удалось загрузить календарь</source>
        <translation>Could not load the calendar</translation>
    </message>
    <message>
        <source>Неделя {start} – {end}</source>
        <translation>Week {start} – {end}</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Рабочие дни считаются по календарю Республики Беларусь: понедельник–пятница, кроме государственных праздников и перенесённых выходных. Переносы правительство устанавливает каждый год, и программа на компьютере без интернета может о них не знать. Внесите переносы года сами, например: «20 апреля — выходной, суббота 25 апреля — рабочий день». Поправки центра важнее календаря программы: по ним считаются сроки (обследование в течение 3 рабочих дней) и нормы посещений.</source>
        <translation>Working days follow the calendar of the Republic of Belarus: Monday to Friday, except public holidays and transferred days off. The government sets the transfers every year, and a computer without internet may not know them. Enter the year&apos;s transfers yourself, e.g. “20 April — day off, Saturday 25 April — working day”. The centre&apos;s corrections override the program&apos;s calendar: deadlines (survey within 3 working days) and visit norms are counted by them.</translation>
    </message>
    <message>
        <source>Поправки центра</source>
        <translation>Centre corrections</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>День недели</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Считается</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <source>По календарю программы</source>
        <translation>Program calendar</translation>
    </message>
    <message>
        <source>Примечание</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Удалить поправку</source>
        <translation>&amp;Remove correction</translation>
    </message>
    <message>
        <source>&amp;Рабочий день</source>
        <translation>&amp;Working day</translation>
    </message>
    <message>
        <source>В&amp;ыходной</source>
        <translation>Day o&amp;ff</translation>
    </message>
    <message>
        <source>например: перенесено с 25.04 (постановление Совмина)</source>
        <translation>e.g. moved from 25.04 (Council of Ministers resolution)</translation>
    </message>
    <message>
        <source>Вн&amp;ести в календарь</source>
        <translation>&amp;Add to calendar</translation>
    </message>
    <message>
        <source>&amp;Дата:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Считать:</source>
        <translation>Count as:</translation>
    </message>
    <message>
        <source>&amp;Примечание:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Внести или исправить день:</source>
        <translation>Add or correct a day:</translation>
    </message>
    <message>
        <source>Праздники и переносы года</source>
        <translation>Holidays and transfers of the year</translation>
    </message>
    <message>
        <source>&amp;Год:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Праздник или перенос</source>
        <translation>Holiday or transfer</translation>
    </message>
    <message>
        <source>Enter или двойной щелчок по строке переносит дату в форму поправки.</source>
        <translation>Enter or a double-click on a row copies the date into the correction form.</translation>
    </message>
    <message>
        <source>рабочий день</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>выходной</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>рабочий день (перенос)</source>
        <translation>working day (transfer)</translation>
    </message>
    <message>
        <source>выходной — {holiday}</source>
        <translation>day off — {holiday}</translation>
    </message>
    <message>
        <source>выходной (перенос)</source>
        <translation>day off (transfer)</translation>
    </message>
    <message>
        <source>обычный день: {state}</source>
        <translation>ordinary day: {state}</translation>
    </message>
    <message>
        <source>рабочий</source>
        <translation>working</translation>
    </message>
    <message>
        <source>{state} (поправка центра)</source>
        <translation>{state} (centre correction)</translation>
    </message>
    <message>
        <source>Переносы рабочих дней на {year} год программа знает. Сверьте их с постановлением Совета Министров; если что-то не так, исправьте поправкой центра.</source>
        <translation>The program knows the working-day transfers for {year}. Check them against the Council of Ministers resolution; if anything is wrong, fix it with a centre correction.</translation>
    </message>
    <message>
        <source>Переносов рабочих дней на {year} год в календаре программы нет. Если они установлены постановлением Совета Министров, внесите их как поправки центра.</source>
        <translation>The program&apos;s calendar has no working-day transfers for {year}. If a Council of Ministers resolution sets any, enter them as centre corrections.</translation>
    </message>
    <message>
        <source>По календарю программы: {state}.</source>
        <translation>Program calendar: {state}.</translation>
    </message>
    <message>
        <source>Поправка на этот день уже внесена; сохранение заменит её.</source>
        <translation>This day already has a correction; saving will replace it.</translation>
    </message>
    <message>
        <source>Выбрано то же самое: поправка не нужна.</source>
        <translation>Same as the program calendar: no correction needed.</translation>
    </message>
    <message>
        <source>Удалить поправку</source>
        <translation>Remove correction</translation>
    </message>
    <message>
        <source>Удалить поправку на {date}? День снова будет считаться по календарю программы: {state}.</source>
        <translation>Remove the correction for {date}? The day will again follow the program calendar: {state}.</translation>
    </message>
</context>
<context>
    <name>CardSection</name>
    <message>
        <source>Печать…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Просмотр документа для печати и сохранения в PDF (Ctrl+P)</source>
        <translation>Preview the document to print or save as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Предупреждение</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>{warnings}

Всё равно продолжить?</source>
        <translation>{warnings}

Continue anyway?</translation>
    </message>
</context>
<context>
    <name>CentreSetupDialog</name>
    <message>
        <source>Настроить центр обмена</source>
        <translation>Set up the exchange centre</translation>
    </message>
    <message>
        <source>Эта база станет центром обмена: в ней будут созданы ключи центра. Специалисты, которые работают на ноутбуках без сети, подключают ноутбук к центру по файлу регистрации (Справочники → Специалисты → «Файл регистрации ноутбука…») и затем привозят на флешке пакеты со своими изменениями; центр принимает их («Обмен → Приём пакетов…») и выгружает специалисту ответ. Все пакеты зашифрованы и подписаны. Настраивают центр один раз, в базе, которая хранит данные всего центра.</source>
        <translation>This database will become the exchange centre: the centre&apos;s keys will be created in it. Workers who use laptops without a network connect their laptop to the centre with an enrolment file (Directories → Workers → “Laptop enrolment file…”) and then bring bundles of their changes on a USB stick; the centre takes them in (“Exchange → Import desk…”) and exports a reply for the worker. All bundles are encrypted and signed. The centre is set up once, in the database that holds the data of the whole centre.</translation>
    </message>
    <message>
        <source>&amp;Настроить центр обмена</source>
        <translation>&amp;Set up the exchange centre</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Центр обмена не настроен.</source>
        <translation>The exchange centre was not set up.</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>— без привязки к проблеме —</source>
        <translation>— not linked to a problem —</translation>
    </message>
    <message>
        <source>— не выбран —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Специалисты центра</source>
        <translation>Centre workers</translation>
    </message>
    <message>
        <source>Организации (межведомственное взаимодействие)</source>
        <translation>Organisations (interagency)</translation>
    </message>
    <message>
        <source>{name} (не работает)</source>
        <translation>{name} (inactive)</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <source>Итоги</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>обязательно для «иной причины»</source>
        <translation>required for “other reason”</translation>
    </message>
    <message>
        <source>Как изменилась ситуация семьи за время патроната</source>
        <translation>How the family&apos;s situation changed during patronage</translation>
    </message>
    <message>
        <source>Например: снять семью с социального патроната</source>
        <translation>E.g. remove the family from social patronage</translation>
    </message>
    <message>
        <source>Цель</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Мероприятие</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Отметка плана</source>
        <translation>Plan status</translation>
    </message>
    <message>
        <source>Результат*</source>
        <translation>Result*</translation>
    </message>
    <message>
        <source>Цели плана и их результаты</source>
        <translation>Plan goals and their results</translation>
    </message>
    <message>
        <source>План не составлен: итогов по целям нет.</source>
        <translation>No plan was drawn up: there are no results by goal.</translation>
    </message>
    <message>
        <source>&amp;Закрыть случай…</source>
        <translation>&amp;Close the case…</translation>
    </message>
    <message>
        <source>&amp;Дата закрытия*:</source>
        <translation>Closing &amp;date*:</translation>
    </message>
    <message>
        <source>&amp;Причина*:</source>
        <translation>&amp;Reason*:</translation>
    </message>
    <message>
        <source>По&amp;яснение:</source>
        <translation>E&amp;xplanation:</translation>
    </message>
    <message>
        <source>Ди&amp;намика ситуации*:</source>
        <translation>Change in the &amp;situation*:</translation>
    </message>
    <message>
        <source>&amp;Решение*:</source>
        <translation>D&amp;ecision*:</translation>
    </message>
    <message>
        <source>Цели действующего плана и их результа&amp;ты (F2 — ввести результат):</source>
        <translation>Goals of the current plan and their resul&amp;ts (F2 — enter a result):</translation>
    </message>
    <message>
        <source>&amp;Итог*:</source>
        <translation>&amp;Outcome*:</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Причина закрытия:</source>
        <translation>Closing reason:</translation>
    </message>
    <message>
        <source>Итог:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Динамика ситуации:</source>
        <translation>Change in the situation:</translation>
    </message>
    <message>
        <source>Решение:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Цели плана и их результаты:</source>
        <translation>Plan goals and their results:</translation>
    </message>
    <message>
        <source>Случай закрыт {date}. Изменения в деле невозможны.</source>
        <translation>Case closed on {date}. The case can no longer be changed.</translation>
    </message>
    <message>
        <source>Закрытие случая</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Закрыть случай? После закрытия изменения невозможны.</source>
        <translation>Close the case? It cannot be changed after closing.</translation>
    </message>
</context>
<context>
    <name>ComplianceSection</name>
    <message>
        <source>Период, окно нормы, посещение</source>
        <translation>Period, norm window, visit</translation>
    </message>
    <message>
        <source>Посещений</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Соблюдение норм по окнам</source>
        <translation>Norm compliance by window</translation>
    </message>
    <message>
        <source>Соблюдение норм</source>
        <translation>Norm compliance</translation>
    </message>
    <message>
        <source>по настоящее время</source>
        <translation>to date</translation>
    </message>
    <message>
        <source>{type} патронат: {start} – {end}</source>
        <translation>{type} patronage: {start} – {end}</translation>
    </message>
    <message>
        <source>(неполное окно)</source>
        <translation>(partial window)</translation>
    </message>
    <message>
        <source>{done} из {required}</source>
        <translation>{done} of {required}</translation>
    </message>
    <message>
        <source>Окон нормы пока нет: нет действующего договора с видом патроната.</source>
        <translation>No norm windows yet: no running contract with a patronage type.</translation>
    </message>
    <message>
        <source>Окон нормы: {total}, выполнено: {met}, не выполнено: {missed}.</source>
        <translation>Norm windows: {total}, met: {met}, missed: {missed}.</translation>
    </message>
    <message>
        <source>Текущее окно {start} – {end}: {done} из {required}, {status}.</source>
        <translation>Current window {start} – {end}: {done} of {required}, {status}.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Конфликты</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Дело</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Что</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Сохранить &amp;объединённое</source>
        <translation>Save &amp;merged</translation>
    </message>
    <message>
        <source>Объединить вручную</source>
        <translation>Merge by hand</translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Загрузка конфликтов…</source>
        <translation>Loading conflicts…</translation>
    </message>
    <message>
        <source>✔ Открытых конфликтов нет.</source>
        <translation>✔ No open conflicts.</translation>
    </message>
    <message>
        <source>Не удалось загрузить конфликты.</source>
        <translation>Could not load the conflicts.</translation>
    </message>
    <message>
        <source>Открытых конфликтов: {n}</source>
        <translation>Open conflicts: {n}</translation>
    </message>
    <message>
        <source>Поле изменено в двух местах</source>
        <translation>Field changed in two places</translation>
    </message>
    <message>
        <source>Удаление и правка</source>
        <translation>Deleted and edited</translation>
    </message>
    <message>
        <source>Запись без родительской</source>
        <translation>Record without its parent</translation>
    </message>
    <message>
        <source>Центр</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Ноутбук ({login})</source>
        <translation>Laptop ({login})</translation>
    </message>
    <message>
        <source>Дело {case} · {kind} · обнаружен {moment}</source>
        <translation>Case {case} · {kind} · found {moment}</translation>
    </message>
    <message>
        <source>Оставить &amp;это</source>
        <translation>Keep &amp;this</translation>
    </message>
    <message>
        <source>Оставить &amp;то</source>
        <translation>Keep t&amp;hat</translation>
    </message>
    <message>
        <source>Оставить версию {n}</source>
        <translation>Keep version {n}</translation>
    </message>
    <message>
        <source>Версия {n}: {device}</source>
        <translation>Version {n}: {device}</translation>
    </message>
    <message>
        <source>✔ Все конфликты решены.</source>
        <translation>✔ All conflicts resolved.</translation>
    </message>
    <message>
        <source>Конфликт решён: {label}. Открытых конфликтов: {n}</source>
        <translation>Conflict resolved: {label}. Open conflicts: {n}</translation>
    </message>
</context>
<context>
    <name>ContractAmendDialog</name>
    <message>
        <source>Изменение договора</source>
        <translation>Change of the contract</translation>
    </message>
    <message>
        <source>Изменение условий договора</source>
        <translation>Change the terms of the contract</translation>
    </message>
    <message>
        <source>Версия {n} подписана семьёй. Изменения сохранятся как версия {next}: её нужно распечатать и подписать заново; подписанная версия остаётся в деле.</source>
        <translation>Version {n} is signed by the family. The changes will be saved as version {next}, to be printed and signed again; the signed version stays in the case file.</translation>
    </message>
    <message>
        <source>Версия {n} ещё не подписана: изменения вносятся в неё.</source>
        <translation>Version {n} is not signed yet: the changes are made to it.</translation>
    </message>
    <message>
        <source>&amp;Форма обслуживания:</source>
        <translation>Service &amp;form:</translation>
    </message>
    <message>
        <source>&amp;Начало срока:</source>
        <translation>Term &amp;start:</translation>
    </message>
    <message>
        <source>&amp;Окончание срока:</source>
        <translation>Term &amp;end:</translation>
    </message>
    <message>
        <source>Сохранить изменения</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContractSection</name>
    <message>
        <source>Договор</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Договор безвозмездного оказания социальных услуг</source>
        <translation>Contract for free social services</translation>
    </message>
    <message>
        <source>оставьте пустым — номер присвоится автоматически</source>
        <translation>leave empty to number automatically</translation>
    </message>
    <message>
        <source>фамилия и инициалы члена семьи</source>
        <translation>family member&apos;s surname and initials</translation>
    </message>
    <message>
        <source>— не устанавливать сейчас —</source>
        <translation>— do not set now —</translation>
    </message>
    <message>
        <source>почему выбран этот вид патроната</source>
        <translation>why this patronage type was chosen</translation>
    </message>
    <message>
        <source>безвозмездно (0,00 руб.)</source>
        <translation>free of charge (0.00 BYN)</translation>
    </message>
    <message>
        <source>&amp;Заключить договор</source>
        <translation>&amp;Sign the contract</translation>
    </message>
    <message>
        <source>Записать подписанный договор (Ctrl+S)</source>
        <translation>Record the signed contract (Ctrl+S)</translation>
    </message>
    <message>
        <source>О&amp;чистить форму</source>
        <translation>C&amp;lear form</translation>
    </message>
    <message>
        <source>&amp;с</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <source>п&amp;о</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>&amp;Номер договора:</source>
        <translation>Contract &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Дата договора:</source>
        <translation>Contract &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Форма обслуживания:</source>
        <translation>Form of ser&amp;vice:</translation>
    </message>
    <message>
        <source>Срок договора:</source>
        <translation>Contract term:</translation>
    </message>
    <message>
        <source>&amp;Подписал от семьи:</source>
        <translation>Signed &amp;by (family):</translation>
    </message>
    <message>
        <source>&amp;Вид патроната с начала срока:</source>
        <translation>&amp;Patronage type from the start:</translation>
    </message>
    <message>
        <source>Основани&amp;е вида патроната:</source>
        <translation>R&amp;eason for the type:</translation>
    </message>
    <message>
        <source>Стоимость:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>Отметить под&amp;пись семьи…</source>
        <translation>Mark the family&apos;s si&amp;gnature…</translation>
    </message>
    <message>
        <source>&amp;Изменить условия…</source>
        <translation>C&amp;hange the terms…</translation>
    </message>
    <message>
        <source>Изменение подписанного договора сохраняется новой версией, которую семья подписывает заново.</source>
        <translation>A change to a signed contract is saved as a new version, which the family signs again.</translation>
    </message>
    <message>
        <source>Форма обслуживания:</source>
        <translation>Form of service:</translation>
    </message>
    <message>
        <source>Подписал от семьи:</source>
        <translation>Signed by (family):</translation>
    </message>
    <message>
        <source>Вид патроната:</source>
        <translation>Patronage type:</translation>
    </message>
    <message>
        <source>Версия и подпись:</source>
        <translation>Version and signature:</translation>
    </message>
    <message>
        <source>Случай закрыт без договора.</source>
        <translation>The case was closed without a contract.</translation>
    </message>
    <message>
        <source>✓ План согласован с семьёй {date}: договор можно заключать.</source>
        <translation>✓ Plan agreed with the family on {date}: the contract can be signed.</translation>
    </message>
    <message>
        <source>План ещё не согласован с семьёй.</source>
        <translation>The plan is not yet agreed with the family.</translation>
    </message>
    <message>
        <source>План сопровождения ещё не составлен.</source>
        <translation>The support plan has not been drawn up yet.</translation>
    </message>
    <message>
        <source>По правилу центра договор заключается только после согласования плана.</source>
        <translation>By the centre&apos;s rule, a contract is signed only after the plan is agreed.</translation>
    </message>
    <message>
        <source>Обычно договор заключают после плана; программа попросит подтвердить.</source>
        <translation>A contract usually follows the plan; the program will ask you to confirm.</translation>
    </message>
    <message>
        <source>Договор № {number} от {date}</source>
        <translation>Contract No. {number} of {date}</translation>
    </message>
    <message>
        <source>с {start} по {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>с {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>по {end}</source>
        <translation>until {end}</translation>
    </message>
    <message>
        <source>не установлен</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>✍ версия {n}, подписана семьёй {date} ({who})</source>
        <translation>✍ version {n}, signed by the family on {date} ({who})</translation>
    </message>
    <message>
        <source>отпечаток {fp}</source>
        <translation>fingerprint {fp}</translation>
    </message>
    <message>
        <source>✍ версия {n} ещё не подписана семьёй: распечатайте её и отметьте подпись</source>
        <translation>✍ version {n} is not signed by the family yet: print it and mark the signature</translation>
    </message>
    <message>
        <source>Договор № {number}, версия {n}. Отметьте, что семья подписала распечатанный договор.</source>
        <translation>Contract No. {number}, version {n}. Mark that the family signed the printed contract.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Непредвиденная ошибка</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Произошла непредвиденная ошибка. Несохранённые изменения могли пропасть.</source>
        <translation>An unexpected error occurred. Unsaved changes may have been lost.</translation>
    </message>
    <message>
        <source>Отчёт записан в журнал: {path}
Скопируйте подробности и передайте их администратору.</source>
        <translation>The report was written to the log: {path}
Copy the details and pass them on to your administrator.</translation>
    </message>
    <message>
        <source>Скопируйте подробности и передайте их администратору.</source>
        <translation>Copy the details and pass them on to your administrator.</translation>
    </message>
</context>
<context>
    <name>DayCellDelegate</name>
    <message>
        <source>сегодня</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Семьи выбранного дня</source>
        <translation>Families of the selected day</translation>
    </message>
    <message>
        <source>&amp;Записать визит…</source>
        <translation>&amp;Record visit…</translation>
    </message>
    <message>
        <source>Записать посещение выбранной семьи</source>
        <translation>Record a visit to the selected family</translation>
    </message>
    <message>
        <source>За&amp;планировать визит…</source>
        <translation>&amp;Plan visit…</translation>
    </message>
    <message>
        <source>Запланировать посещение выбранной семьи на этот день</source>
        <translation>Plan a visit to the selected family on this day</translation>
    </message>
    <message>
        <source>&amp;Карточка</source>
        <translation>&amp;Card</translation>
    </message>
    <message>
        <source>Открыть карточку выбранной семьи (Enter)</source>
        <translation>Open the selected family&apos;s card (Enter)</translation>
    </message>
    <message>
        <source>День не выбран</source>
        <translation>No day selected</translation>
    </message>
    <message>
        <source>На этот день ничего нет.</source>
        <translation>Nothing on this day.</translation>
    </message>
</context>
<context>
    <name>Directories</name>
    <message>
        <source>понедельник</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>вторник</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>среда</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>четверг</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>пятница</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>суббота</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>воскресенье</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>DirectoriesPage</name>
    <message>
        <source>&amp;Организации</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>Основания &amp;ТЖС</source>
        <translation>&amp;Grounds</translation>
    </message>
    <message>
        <source>&amp;Календарь</source>
        <translation>&amp;Calendar</translation>
    </message>
    <message>
        <source>&amp;Специалисты</source>
        <translation>&amp;Workers</translation>
    </message>
    <message>
        <source>Справочники</source>
        <translation>Directories</translation>
    </message>
</context>
<context>
    <name>DocumentTitles</name>
    <message>
        <source>Заявление</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Акт обследования</source>
        <translation>Survey act</translation>
    </message>
    <message>
        <source>План сопровождения</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <source>Договор</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Журнал посещений</source>
        <translation>Visit log</translation>
    </message>
    <message>
        <source>Итоговое заключение</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <source>Журнал учёта семей</source>
        <translation>Register of families</translation>
    </message>
    <message>
        <source>Лист посещений на неделю</source>
        <translation>Weekly visit sheet</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Подключить к центру</source>
        <translation>Connect to the centre</translation>
    </message>
    <message>
        <source>Выберите файл регистрации, который центр записал для вас на флешку. Ноутбук создаст свои ключи, получит вашу учётную запись, справочники и ваши семьи и затем будет обмениваться с центром пакетами. Подключить можно только новую, пустую базу.</source>
        <translation>Choose the enrolment file the centre wrote for you on a USB stick. The laptop will create its own keys, receive your account, the directories and your families, and will then exchange bundles with the centre. Only a new, empty database can be connected.</translation>
    </message>
    <message>
        <source>файл patronat-enrol-….pte</source>
        <translation>file patronat-enrol-….pte</translation>
    </message>
    <message>
        <source>&amp;Выбрать файл…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>если центр его задал</source>
        <translation>if the centre set one</translation>
    </message>
    <message>
        <source>&amp;Файл регистрации:</source>
        <translation>Enrolment &amp;file:</translation>
    </message>
    <message>
        <source>Код &amp;защиты:</source>
        <translation>Protection co&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Подключить</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Файл регистрации ноутбука</source>
        <translation>Laptop enrolment file</translation>
    </message>
    <message>
        <source>Файлы регистрации (*{suffix});;Все файлы (*)</source>
        <translation>Enrolment files (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Ноутбук не подключён, база не изменена.</source>
        <translation>The laptop was not connected; the database is unchanged.</translation>
    </message>
    <message>
        <source>⚠ Не удалось подключить ноутбук: непредвиденная ошибка.</source>
        <translation>⚠ Could not connect the laptop: an unexpected error.</translation>
    </message>
</context>
<context>
    <name>EnrolmentFileDialog</name>
    <message>
        <source>Файл регистрации ноутбука</source>
        <translation>Laptop enrolment file</translation>
    </message>
    <message>
        <source>Файл регистрации подключает ноутбук специалиста «{name}» к этому центру: в нём ключи центра, учётная запись специалиста, справочники и семьи, которые ему назначены.</source>
        <translation>The enrolment file connects the laptop of “{name}” to this centre: it holds the centre&apos;s keys, the worker&apos;s account, the directories and the families assigned to the worker.</translation>
    </message>
    <message>
        <source>⚠ Файл — как ключ от базы: везите его сами, не пересылайте по почте и не оставляйте на общем компьютере. После подключения ноутбука удалите файл с флешки. Если файл потерян, запишите новый: прежний ноутбук специалиста получает пакеты центра, пока новый не пришлёт свой первый пакет.</source>
        <translation>⚠ The file is like a key to the database: carry it yourself, do not send it by e-mail or leave it on a shared computer. Delete it from the stick once the laptop is connected. If the file is lost, write a new one: the worker&apos;s previous laptop receives the centre&apos;s bundles until the new one sends its first bundle.</translation>
    </message>
    <message>
        <source>без кода файл не защищён</source>
        <translation>without a code the file is not protected</translation>
    </message>
    <message>
        <source>Файл откроется только с этим кодом. Сообщите код специалисту отдельно от файла.</source>
        <translation>The file opens only with this code. Tell the worker the code separately from the file.</translation>
    </message>
    <message>
        <source>&amp;Куда записать:</source>
        <translation>&amp;Write to:</translation>
    </message>
    <message>
        <source>Код &amp;защиты:</source>
        <translation>Protection co&amp;de:</translation>
    </message>
    <message>
        <source>Записать &amp;файл</source>
        <translation>Write &amp;file</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Файл регистрации не записан.</source>
        <translation>The enrolment file was not written.</translation>
    </message>
    <message>
        <source>✓ Файл записан и проверен: {path} (семей: {n}). На ноутбуке: «Подключить к центру по файлу регистрации…» при первом запуске. После подключения удалите файл.</source>
        <translation>✓ File written and verified: {path} (families: {n}). On the laptop: “Connect to the centre with an enrolment file…” at the first start. Delete the file once connected.</translation>
    </message>
    <message>
        <source>Код защиты: {code} — сообщите его специалисту отдельно от файла.</source>
        <translation>Protection code: {code} — tell it to the worker separately from the file.</translation>
    </message>
    <message>
        <source>⚠ Файл без кода защиты: его может прочитать любой, у кого он окажется.</source>
        <translation>⚠ The file has no protection code: anyone who gets it can read it.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Выгрузить для специалиста</source>
        <translation>Export for a caseworker</translation>
    </message>
    <message>
        <source>Пакет для ноутбука специалиста: подтверждение принятых пакетов, правки его семей, новые назначенные семьи и справочники. Файл зашифрован ключом ноутбука: на носителе не будет имён и других личных данных в открытом виде.</source>
        <translation>A bundle for the caseworker&apos;s laptop: acknowledgement of the bundles received, edits to their families, newly assigned families and the directories. The file is encrypted to the laptop&apos;s key: no names or other personal data will be readable on the stick.</translation>
    </message>
    <message>
        <source>Выгрузить для центра</source>
        <translation>Export for the centre</translation>
    </message>
    <message>
        <source>В пакет войдут все ваши изменения, которые центр ещё не подтвердил; новый пакет заменяет прежний. Файл зашифрован ключом центра: на носителе не будет имён и других личных данных в открытом виде.</source>
        <translation>The bundle holds all your changes the centre has not acknowledged yet; a new bundle replaces the previous one. The file is encrypted to the centre&apos;s key: no names or other personal data will be readable on the stick.</translation>
    </message>
    <message>
        <source>Имя файла не содержит личных данных</source>
        <translation>The file name holds no personal data</translation>
    </message>
    <message>
        <source>&amp;Специалист:</source>
        <translation>&amp;Caseworker:</translation>
    </message>
    <message>
        <source>&amp;Носитель:</source>
        <translation>&amp;Stick:</translation>
    </message>
    <message>
        <source>Имя файла:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>&amp;Выгрузить</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Подготовка пакета, запись на носитель и проверка записанного…</source>
        <translation>Preparing the bundle, writing it to the stick and checking what was written…</translation>
    </message>
    <message>
        <source>Файл: {path} ({size}). Изменений: {changes}, семей: {families}.</source>
        <translation>File: {path} ({size}). Changes: {changes}, families: {families}.</translation>
    </message>
    <message>
        <source>✔ Пакет записан и проверен чтением с носителя. Можно извлекать носитель.</source>
        <translation>✔ The bundle was written and checked by reading it back from the stick. It is safe to remove the stick.</translation>
    </message>
    <message>
        <source>Выгрузить &amp;ещё раз</source>
        <translation>Export &amp;again</translation>
    </message>
    <message>
        <source>{size} КБ</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>⚠ Пакет не выгружен. {reason}</source>
        <translation>⚠ The bundle was not exported. {reason}</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Фамилия, имя, номер дела, населённый пункт…</source>
        <translation>Surname, name, case no., settlement…</translation>
    </message>
    <message>
        <source>&amp;Поиск:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Все этапы</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Все виды</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Все специалисты</source>
        <translation>All workers</translation>
    </message>
    <message>
        <source>Все основания</source>
        <translation>All grounds</translation>
    </message>
    <message>
        <source>Требуют &amp;внимания</source>
        <translation>Need &amp;attention</translation>
    </message>
    <message>
        <source>Сбросить</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>&amp;Новая семья… (Ctrl+N)</source>
        <translation>&amp;New family… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Печать с&amp;писков…</source>
        <translation>Print &amp;lists…</translation>
    </message>
    <message>
        <source>Журнал учёта семей за год, лист посещений на неделю</source>
        <translation>Register of families for a year, weekly visit sheet</translation>
    </message>
    <message>
        <source>Фильтры:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <source>Семей: {total}</source>
        <translation>Families: {total}</translation>
    </message>
    <message>
        <source>Показано {shown} из {total}</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
</context>
<context>
    <name>FamilyCard</name>
    <message>
        <source>← К списку семей</source>
        <translation>← Back to families</translation>
    </message>
    <message>
        <source>Вернуться к списку (Alt+←)</source>
        <translation>Back to the list (Alt+←)</translation>
    </message>
    <message>
        <source>Дело № {number} — {name}</source>
        <translation>Case No. {number} — {name}</translation>
    </message>
    <message>
        <source>{address} · этап: {stage} · ответственный: {worker}</source>
        <translation>{address} · stage: {stage} · responsible: {worker}</translation>
    </message>
</context>
<context>
    <name>FamilyMarkDialog</name>
    <message>
        <source>фамилия и инициалы члена семьи</source>
        <translation>surname and initials of the family member</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>&amp;Сохранить</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Сохранить адрес, обращение, основания и примечания (Ctrl+S)</source>
        <translation>Save the address, referral, grounds and notes (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Отменить изменения</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Семья</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>д. Новосёлки</source>
        <translation>Novosyolki village</translation>
    </message>
    <message>
        <source>Об&amp;ласть:</source>
        <translation>Regi&amp;on:</translation>
    </message>
    <message>
        <source>Ра&amp;йон:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>Сельсо&amp;вет:</source>
        <translation>&amp;Village council:</translation>
    </message>
    <message>
        <source>&amp;Населённый пункт*:</source>
        <translation>Se&amp;ttlement*:</translation>
    </message>
    <message>
        <source>Ули&amp;ца:</source>
        <translation>Str&amp;eet:</translation>
    </message>
    <message>
        <source>&amp;Кв.:</source>
        <translation>&amp;Flat:</translation>
    </message>
    <message>
        <source>До&amp;м:</source>
        <translation>&amp;House:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Обращение и ответственный</source>
        <translation>Referral and responsible worker</translation>
    </message>
    <message>
        <source>кто направил, № и дата документа</source>
        <translation>who referred, document no. and date</translation>
    </message>
    <message>
        <source>&amp;Передать другому специалисту…</source>
        <translation>&amp;Reassign to another worker…</translation>
    </message>
    <message>
        <source>&amp;Источник:</source>
        <translation>Sour&amp;ce:</translation>
    </message>
    <message>
        <source>Кто напр&amp;авил:</source>
        <translation>Referred &amp;by:</translation>
    </message>
    <message>
        <source>Ответственный:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>Приме&amp;чания:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Основания Т&amp;ЖС*</source>
        <translation>&amp;Grounds*</translation>
    </message>
    <message>
        <source>Основания ТЖС (пробел отмечает)</source>
        <translation>Difficult life situation grounds (Space ticks)</translation>
    </message>
    <message>
        <source>Член&amp;ы семьи</source>
        <translation>Family &amp;members</translation>
    </message>
    <message>
        <source>&amp;Добавить…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Добавить члена семьи (Insert в таблице)</source>
        <translation>Add a family member (Insert in the table)</translation>
    </message>
    <message>
        <source>Изм&amp;енить…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Изменить данные выбранного члена семьи (Enter)</source>
        <translation>Edit the selected family member (Enter)</translation>
    </message>
    <message>
        <source>&amp;Удалить</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Удалить выбранного члена семьи из состава семьи</source>
        <translation>Remove the selected member from the family</translation>
    </message>
    <message>
        <source>Удаление члена семьи</source>
        <translation>Remove family member</translation>
    </message>
    <message>
        <source>Удалить «{name}» из состава семьи?</source>
        <translation>Remove “{name}” from the family?</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <source>№ дела</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Семья</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Этап</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Вид патроната</source>
        <translation>Patronage type</translation>
    </message>
    <message>
        <source>Ответственный</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <source>След. посещение</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>Внимание</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>обследование просрочено</source>
        <translation>survey overdue</translation>
    </message>
    <message>
        <source>норма нарушена</source>
        <translation>norm missed</translation>
    </message>
    <message>
        <source>под угрозой</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>план: просрочено {n}</source>
        <translation>plan: {n} overdue</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Первый запуск</source>
        <translation>First start</translation>
    </message>
    <message>
        <source>Добро пожаловать в «Патронат»</source>
        <translation>Welcome to Patronat</translation>
    </message>
    <message>
        <source>В базе данных ещё нет ни одного центра. Посмотрите, как работает программа, на вымышленном районе или сразу настройте свой центр.</source>
        <translation>The database has no centre yet. See how the program works on a fictional district, or set up your own centre right away.</translation>
    </message>
    <message>
        <source>Позже</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Посмотреть на примере</source>
        <translation>Try it on an example</translation>
    </message>
    <message>
        <source>Семьи, специалисты и посещения вымышлены. Для работы со своими семьями запустите программу с новой базой данных.</source>
        <translation>The families, workers and visits are fictional. To work with your own families, start the program with a new database.</translation>
    </message>
    <message>
        <source>Загрузить демонстрационные данные (300 семей вымышленного района)</source>
        <translation>Load demo data (300 families of a fictional district)</translation>
    </message>
    <message>
        <source>Настроить свой центр</source>
        <translation>Set up your own centre</translation>
    </message>
    <message>
        <source>Территориальный центр социального обслуживания населения</source>
        <translation>Territorial centre of social services</translation>
    </message>
    <message>
        <source>Название центра*:</source>
        <translation>Centre name*:</translation>
    </message>
    <message>
        <source>Район*:</source>
        <translation>District*:</translation>
    </message>
    <message>
        <source>Область:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Первый специалист — заведующий отделением:</source>
        <translation>First worker — head of department:</translation>
    </message>
    <message>
        <source>Фамилия*:</source>
        <translation>Surname*:</translation>
    </message>
    <message>
        <source>Имя*:</source>
        <translation>First name*:</translation>
    </message>
    <message>
        <source>Отчество:</source>
        <translation>Patronymic:</translation>
    </message>
    <message>
        <source>* — обязательные поля</source>
        <translation>* required field</translation>
    </message>
    <message>
        <source>Создать центр</source>
        <translation>Create the centre</translation>
    </message>
    <message>
        <source>Ноутбук специалиста</source>
        <translation>A worker&apos;s laptop</translation>
    </message>
    <message>
        <source>Если центр записал для вас файл регистрации ноутбука, подключите эту базу к центру: появятся ваша учётная запись, справочники и ваши семьи.</source>
        <translation>If the centre wrote a laptop enrolment file for you, connect this database to the centre: your account, the directories and your families will appear.</translation>
    </message>
    <message>
        <source>Подключить к центру по &amp;файлу регистрации…</source>
        <translation>Connect to the centre with an enrolment &amp;file…</translation>
    </message>
    <message>
        <source>Не удалось загрузить демонстрационные данные.</source>
        <translation>Could not load the demo data.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Несохранённые изменения</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>В разделе «{what}» есть несохранённые изменения.</source>
        <translation>“{what}” has unsaved changes.</translation>
    </message>
    <message>
        <source>Сохранить их?</source>
        <translation>Save them?</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Не сохранять</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Остаться</source>
        <translation>Stay</translation>
    </message>
</context>
<context>
    <name>GroundsTab</name>
    <message>
        <source>Основания признания трудной жизненной ситуации установлены законодательством, их список не редактируется. В 2017 году перечень изменён (постановление Минтруда и соцзащиты от 01.12.2017 № 84): основание, которое перестало действовать, в новых делах не выбирается, а в делах, открытых при нём, сохраняется.</source>
        <translation>The grounds for a difficult life situation are set by law, so the list cannot be edited. It was changed in 2017 (Ministry of Labour and Social Protection resolution No. 84 of 01.12.2017): a ground no longer in force cannot be chosen in new cases but stays in the cases opened while it was in force.</translation>
    </message>
    <message>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Основание</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Действует с</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Действует по</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Состояние</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>действует с {date}</source>
        <translation>in force since {date}</translation>
    </message>
    <message>
        <source>не действует с {date}</source>
        <translation>not in force since {date}</translation>
    </message>
    <message>
        <source>действует</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>бессрочно</source>
        <translation>no end date</translation>
    </message>
</context>
<context>
    <name>ImportDesk</name>
    <message>
        <source>Приём пакетов</source>
        <translation>Import desk</translation>
    </message>
    <message>
        <source>Добавьте файлы обмена с ноутбуков (можно сразу несколько или целую папку). Каждый файл копируется с носителя и проверяется; база не меняется, пока вы не нажмёте «Применить». Каждый пакет применяется отдельно, отклонённые пакеты базу не меняют.</source>
        <translation>Add the exchange files from the laptops (several at once or a whole folder). Each file is copied off the stick and checked; the database does not change until you press “Apply”. Each bundle is applied on its own; refused bundles change nothing.</translation>
    </message>
    <message>
        <source>Загрузить из центра</source>
        <translation>Import from the centre</translation>
    </message>
    <message>
        <source>Выберите файл обмена, полученный из центра. Он будет скопирован с носителя и проверен; база не меняется, пока вы не нажмёте «Применить».</source>
        <translation>Choose the exchange file you received from the centre. It will be copied off the stick and checked; the database does not change until you press “Apply”.</translation>
    </message>
    <message>
        <source>&amp;Добавить файлы…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Выбрать файл…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Выбрать файлы обмена (Ctrl+O)</source>
        <translation>Choose exchange files (Ctrl+O)</translation>
    </message>
    <message>
        <source>Добавить &amp;папку…</source>
        <translation>Add &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Убрать из списка</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <source>От кого</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Изменений</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Новых семей</source>
        <translation>New families</translation>
    </message>
    <message>
        <source>Обновляемых семей</source>
        <translation>Updated families</translation>
    </message>
    <message>
        <source>Повторов</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Конфликтов</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Проверка и итог</source>
        <translation>Check and outcome</translation>
    </message>
    <message>
        <source>Выберите пакет в списке, чтобы увидеть подробности.</source>
        <translation>Select a bundle in the list to see the details.</translation>
    </message>
    <message>
        <source>%v из %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Открыть &amp;конфликты</source>
        <translation>Open c&amp;onflicts</translation>
    </message>
    <message>
        <source>&amp;Применить</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Файлы обмена</source>
        <translation>Exchange files</translation>
    </message>
    <message>
        <source>Файлы обмена (*{suffix});;Все файлы (*)</source>
        <translation>Exchange files (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Папка с файлами обмена</source>
        <translation>Folder with exchange files</translation>
    </message>
    <message>
        <source>Файлы обмена не выбраны.</source>
        <translation>No exchange files chosen.</translation>
    </message>
    <message>
        <source>Проверка пакетов…</source>
        <translation>Checking bundles…</translation>
    </message>
    <message>
        <source>Тот же пакет уже в списке: {file}</source>
        <translation>The same bundle is already in the list: {file}</translation>
    </message>
    <message>
        <source>Уже загружен {moment}</source>
        <translation>Already imported on {moment}</translation>
    </message>
    <message>
        <source>Можно применить</source>
        <translation>Ready to apply</translation>
    </message>
    <message>
        <source>Непредвиденная ошибка</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Применение пакетов…</source>
        <translation>Applying bundles…</translation>
    </message>
    <message>
        <source>Применён</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Применён; конфликтов оставлено для решения: {n}</source>
        <translation>Applied; conflicts kept for review: {n}</translation>
    </message>
    <message>
        <source>Ожидает проверки</source>
        <translation>Waiting to be checked</translation>
    </message>
    <message>
        <source>✖ Отклонён: {reason}</source>
        <translation>✖ Refused: {reason}</translation>
    </message>
    <message>
        <source>{text} · ⚠ часы отправителя</source>
        <translation>{text} · ⚠ sender&apos;s clock</translation>
    </message>
    <message>
        <source>Файл: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>⚠ Часы отправителя: {warning}</source>
        <translation>⚠ Sender&apos;s clock: {warning}</translation>
    </message>
    <message>
        <source>Новые семьи</source>
        <translation>New families</translation>
    </message>
    <message>
        <source>Обновляемые семьи</source>
        <translation>Updated families</translation>
    </message>
    <message>
        <source>Снимаются с ноутбука (переданы другому специалисту)</source>
        <translation>Removed from the laptop (reassigned to another caseworker)</translation>
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
        <translation>Conflict: case {case}, {label}</translation>
    </message>
    <message>
        <source>Итог: применено {applied}, уже были загружены {already}, отклонено {refused}.</source>
        <translation>Outcome: applied {applied}, imported before {already}, refused {refused}.</translation>
    </message>
    <message>
        <source>Проверено пакетов: {total}. Можно применить: {ready}, уже загружены: {already}, отклонены: {refused}. База пока не изменена.</source>
        <translation>Bundles checked: {total}. Ready to apply: {ready}, imported before: {already}, refused: {refused}. The database has not changed yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Патронат — семьи</source>
        <translation>Patronat — families</translation>
    </message>
    <message>
        <source>Семьи</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Сегодня</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Календарь</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Справочники</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>Настройки</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>{title} (Alt+{n})</source>
        <translation>{title} (Alt+{n})</translation>
    </message>
    <message>
        <source>Загрузка…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>База данных: открывается…</source>
        <translation>Database: opening…</translation>
    </message>
    <message>
        <source>Последний пакет синхронизации: нет</source>
        <translation>Last sync bundle: none</translation>
    </message>
    <message>
        <source>Загрузка списка семей…</source>
        <translation>Loading families…</translation>
    </message>
    <message>
        <source>Специалист: не выбран</source>
        <translation>Worker: none selected</translation>
    </message>
    <message>
        <source>Центр ещё не настроен</source>
        <translation>No centre set up yet</translation>
    </message>
    <message>
        <source>не выбран</source>
        <translation>none selected</translation>
    </message>
    <message>
        <source>Обновление списка…</source>
        <translation>Updating the list…</translation>
    </message>
    <message>
        <source>Открытие базы данных…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Проверка сроков и норм…</source>
        <translation>Checking deadlines and norms…</translation>
    </message>
    <message>
        <source>Не удалось загрузить данные</source>
        <translation>Could not load the data</translation>
    </message>
    <message>
        <source>&amp;Обмен</source>
        <translation>E&amp;xchange</translation>
    </message>
    <message>
        <source>&amp;Выгрузить для центра…</source>
        <translation>&amp;Export for the centre…</translation>
    </message>
    <message>
        <source>&amp;Загрузить из центра…</source>
        <translation>&amp;Import from the centre…</translation>
    </message>
    <message>
        <source>&amp;Приём пакетов…</source>
        <translation>Import &amp;desk…</translation>
    </message>
    <message>
        <source>Выгрузить для &amp;специалиста…</source>
        <translation>Export for a &amp;caseworker…</translation>
    </message>
    <message>
        <source>&amp;Конфликты…</source>
        <translation>C&amp;onflicts…</translation>
    </message>
    <message>
        <source>Обмен не настроен</source>
        <translation>Exchange is not set up</translation>
    </message>
    <message>
        <source>Настроить &amp;центр обмена…</source>
        <translation>Set up the exchange &amp;centre…</translation>
    </message>
    <message>
        <source>&amp;Подключить к центру…</source>
        <translation>&amp;Connect to the centre…</translation>
    </message>
    <message>
        <source>Обмен с центром не настроен</source>
        <translation>Exchange with the centre is not set up</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Последний пакет синхронизации: {moment}</source>
        <translation>Last sync bundle: {moment}</translation>
    </message>
    <message>
        <source>{text}; не отправлено изменений: {n}</source>
        <translation>{text}; changes not sent: {n}</translation>
    </message>
    <message>
        <source>{text}; ⚠ конфликтов: {n}</source>
        <translation>{text}; ⚠ conflicts: {n}</translation>
    </message>
    <message>
        <source>Последний пакет синхронизации: неизвестно</source>
        <translation>Last sync bundle: unknown</translation>
    </message>
    <message>
        <source>База данных: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Специалист: {worker}</source>
        <translation>Worker: {worker}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Член семьи</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Новый член семьи</source>
        <translation>New family member</translation>
    </message>
    <message>
        <source>Член семьи: {name}</source>
        <translation>Family member: {name}</translation>
    </message>
    <message>
        <source>не указана</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>— выберите —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>З&amp;аявитель (подал заявление)</source>
        <translation>&amp;Applicant (filed the application)</translation>
    </message>
    <message>
        <source>Отметьте, чтобы заявителем стал этот член семьи вместо нынешнего заявителя.</source>
        <translation>Tick to make this member the applicant instead of the current applicant.</translation>
    </message>
    <message>
        <source>учреждение образования, класс; место работы</source>
        <translation>school and class; workplace</translation>
    </message>
    <message>
        <source>&amp;Фамилия*:</source>
        <translation>S&amp;urname*:</translation>
    </message>
    <message>
        <source>&amp;Имя*:</source>
        <translation>&amp;First name*:</translation>
    </message>
    <message>
        <source>&amp;Отчество:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <source>Дата &amp;рождения*:</source>
        <translation>&amp;Date of birth*:</translation>
    </message>
    <message>
        <source>&amp;Пол*:</source>
        <translation>Se&amp;x*:</translation>
    </message>
    <message>
        <source>Родс&amp;тво:</source>
        <translation>&amp;Relationship:</translation>
    </message>
    <message>
        <source>Инва&amp;лидность:</source>
        <translation>Disa&amp;bility:</translation>
    </message>
    <message>
        <source>&amp;Учёба / работа:</source>
        <translation>Stud&amp;y / work:</translation>
    </message>
    <message>
        <source>Приме&amp;чания:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>* — обязательные поля</source>
        <translation>* required field</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Дата рождения: обязательное поле.</source>
        <translation>Date of birth: required.</translation>
    </message>
    <message>
        <source>Пол: обязательное поле.</source>
        <translation>Sex: required.</translation>
    </message>
</context>
<context>
    <name>MemberEditorDialog</name>
    <message>
        <source>Член семьи</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Член семьи: изменение</source>
        <translation>Edit family member</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>— выберите —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>например: ГУО «Новосёлковская СШ», 5 класс</source>
        <translation>e.g. Novosyolki Secondary School, year 5</translation>
    </message>
    <message>
        <source>&amp;Фамилия*:</source>
        <translation>S&amp;urname*:</translation>
    </message>
    <message>
        <source>&amp;Имя*:</source>
        <translation>&amp;First name*:</translation>
    </message>
    <message>
        <source>&amp;Отчество:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <source>Дата &amp;рождения*:</source>
        <translation>&amp;Date of birth*:</translation>
    </message>
    <message>
        <source>&amp;Пол*:</source>
        <translation>Se&amp;x*:</translation>
    </message>
    <message>
        <source>Ро&amp;дство*:</source>
        <translation>&amp;Relationship*:</translation>
    </message>
    <message>
        <source>Инв&amp;алидность:</source>
        <translation>Disa&amp;bility:</translation>
    </message>
    <message>
        <source>&amp;Место учёбы или работы:</source>
        <translation>School or &amp;workplace:</translation>
    </message>
    <message>
        <source>Наберите цифры: 12041990</source>
        <translation>Type the digits: 12041990</translation>
    </message>
    <message>
        <source>Дата рождения: обязательное поле.</source>
        <translation>Date of birth: required.</translation>
    </message>
    <message>
        <source>Дата рождения: введите дату в виде ДД.ММ.ГГГГ.</source>
        <translation>Date of birth: enter the date as DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>Пол: выберите из списка.</source>
        <translation>Sex: choose from the list.</translation>
    </message>
    <message>
        <source>Родство: выберите из списка.</source>
        <translation>Relationship: choose from the list.</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Фамилия</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Имя</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Отчество</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Дата рожд.</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Пол</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Родство</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Инвалидность</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Учёба / работа</source>
        <translation>Study / work</translation>
    </message>
    <message>
        <source>Д&amp;обавить…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Добавить члена семьи (Insert)</source>
        <translation>Add a family member (Insert)</translation>
    </message>
    <message>
        <source>&amp;Изменить…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Изменить выбранного (Enter)</source>
        <translation>Edit the selected member (Enter)</translation>
    </message>
    <message>
        <source>&amp;Убрать</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Убрать выбранного из списка (Delete)</source>
        <translation>Remove the selected member from the list (Delete)</translation>
    </message>
    <message>
        <source>Заявитель: его данные меняются на шаге «Заявитель»</source>
        <translation>Applicant: edit their details at the “Applicant” step</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <source>Фамилия, имя, отчество</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Дата рождения</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Возраст</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Пол</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Родство</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Инвалидность</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Учёба / работа</source>
        <translation>Study / work</translation>
    </message>
    <message>
        <source>Заявление подано этим членом семьи</source>
        <translation>This member filed the application</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Календарь на месяц</source>
        <translation>Month calendar</translation>
    </message>
</context>
<context>
    <name>MovePlannedDialog</name>
    <message>
        <source>Перенос посещения</source>
        <translation>Moving a visit</translation>
    </message>
    <message>
        <source>Перенести посещение</source>
        <translation>Move the visit</translation>
    </message>
    <message>
        <source>Было запланировано:</source>
        <translation>Was planned for:</translation>
    </message>
    <message>
        <source>&amp;Новая дата*:</source>
        <translation>&amp;New date*:</translation>
    </message>
    <message>
        <source>&amp;Перенести</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <source>Новое заявление</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>&amp;Далее &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Назад</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Зарегистрировать</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Шаг {step} из {steps}. {name}</source>
        <translation>Step {step} of {steps}. {name}</translation>
    </message>
    <message>
        <source>Заявление</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>например: СШ № 2, протокол от 10.04.2026 № 3; для «Иное» обязательно</source>
        <translation>e.g. Secondary School No. 2, minutes No. 3 of 10.04.2026; required for “Other”</translation>
    </message>
    <message>
        <source>О чём просит заявитель (по тексту заявления)</source>
        <translation>What the applicant asks for (as in the application)</translation>
    </message>
    <message>
        <source>&amp;Номер заявления*:</source>
        <translation>Application n&amp;umber*:</translation>
    </message>
    <message>
        <source>Да&amp;та заявления*:</source>
        <translation>Application &amp;date*:</translation>
    </message>
    <message>
        <source>&amp;Источник обращения*:</source>
        <translation>Referral &amp;source*:</translation>
    </message>
    <message>
        <source>&amp;Кто направил:</source>
        <translation>Referred b&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Ответственный специалист*:</source>
        <translation>Responsible &amp;worker*:</translation>
    </message>
    <message>
        <source>&amp;Суть обращения:</source>
        <translation>Re&amp;quest:</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Член семьи, подавший заявление; должен быть совершеннолетним (18 лет и старше).</source>
        <translation>The family member who filed the application; must be an adult (18 or over).</translation>
    </message>
    <message>
        <source>Члены семьи</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Все, кто живёт с заявителем одной семьёй. Заявитель — первая строка, его данные — на шаге 2.</source>
        <translation>Everyone who lives with the applicant as one family. The applicant is the first row; their details are on step 2.</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Область:</source>
        <translation>Regi&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Район:</source>
        <translation>Distri&amp;ct:</translation>
    </message>
    <message>
        <source>&amp;Сельсовет:</source>
        <translation>&amp;Village council:</translation>
    </message>
    <message>
        <source>Населённый &amp;пункт*:</source>
        <translation>Se&amp;ttlement*:</translation>
    </message>
    <message>
        <source>&amp;Улица:</source>
        <translation>Str&amp;eet:</translation>
    </message>
    <message>
        <source>До&amp;м:</source>
        <translation>&amp;House:</translation>
    </message>
    <message>
        <source>&amp;Квартира:</source>
        <translation>&amp;Flat:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>например: д. Новосёлки, аг. Озёрный</source>
        <translation>e.g. Novosyolki village, Ozyorny agrotown</translation>
    </message>
    <message>
        <source>Основания</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>&amp;Основания трудной жизненной ситуации (отметьте хотя бы одно, клавиша Пробел):</source>
        <translation>&amp;Grounds of the difficult life situation (tick at least one with Space):</translation>
    </message>
    <message>
        <source>Проверка и регистрация</source>
        <translation>Review and register</translation>
    </message>
    <message>
        <source>Проверьте данные. «Зарегистрировать» откроет дело; исправить можно кнопкой «Назад».</source>
        <translation>Check the details. “Register” opens the case; use “Back” to correct them.</translation>
    </message>
    <message>
        <source>* — обязательные поля</source>
        <translation>* required field</translation>
    </message>
    <message>
        <source>Обследование — не позднее {deadline} (3 рабочих дня после заявления)</source>
        <translation>Survey due by {deadline} (3 working days after the application)</translation>
    </message>
    <message>
        <source>{day} — {name}</source>
        <translation>{day} — {name}</translation>
    </message>
    <message>
        <source>Не считаются: {days}</source>
        <translation>Not counted: {days}</translation>
    </message>
    <message>
        <source>Показаны основания, действующие на дату заявления {date}.</source>
        <translation>Showing the grounds in force on the application date, {date}.</translation>
    </message>
    <message>
        <source>Номер и дата:</source>
        <translation>Number and date:</translation>
    </message>
    <message>
        <source>№ {number} от {date}</source>
        <translation>No. {number} of {date}</translation>
    </message>
    <message>
        <source>Источник обращения:</source>
        <translation>Referral source:</translation>
    </message>
    <message>
        <source>Ответственный специалист:</source>
        <translation>Responsible worker:</translation>
    </message>
    <message>
        <source>Обследование:</source>
        <translation>Survey:</translation>
    </message>
    <message>
        <source>не позднее {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <source>Суть обращения:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>Семья: {count} чел.</source>
        <translation>Family: {count} people</translation>
    </message>
    <message>
        <source>ФИО</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Дата рожд.</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Возраст</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Родство</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Инвалидность</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Учёба / работа</source>
        <translation>Study / work</translation>
    </message>
    <message>
        <source>д. {house}</source>
        <translation>house {house}</translation>
    </message>
    <message>
        <source>кв. {flat}</source>
        <translation>flat {flat}</translation>
    </message>
    <message>
        <source>Область, район:</source>
        <translation>Region, district:</translation>
    </message>
    <message>
        <source>Сельсовет:</source>
        <translation>Village council:</translation>
    </message>
    <message>
        <source>Населённый пункт:</source>
        <translation>Settlement:</translation>
    </message>
    <message>
        <source>Улица, дом:</source>
        <translation>Street, house:</translation>
    </message>
    <message>
        <source>Телефон:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Основания ТЖС</source>
        <translation>Grounds (difficult life situation)</translation>
    </message>
    <message>
        <source>Ответственный специалист: в центре нет работающих специалистов.</source>
        <translation>Responsible worker: the centre has no active workers.</translation>
    </message>
    <message>
        <source>{who}: {message}</source>
        <translation>{who}: {message}</translation>
    </message>
    <message>
        <source>шаг {step} «{name}»</source>
        <translation>step {step} “{name}”</translation>
    </message>
    <message>
        <source>Заявление не зарегистрировано: исправьте отмеченные поля.</source>
        <translation>The application is not registered: correct the marked fields.</translation>
    </message>
    <message>
        <source>Ещё замечания: {steps}.</source>
        <translation>More problems: {steps}.</translation>
    </message>
    <message>
        <source>Прервать регистрацию? Введённые данные будут потеряны.</source>
        <translation>Stop registering? The data entered will be lost.</translation>
    </message>
</context>
<context>
    <name>NormStatus</name>
    <message>
        <source>норма выполнена</source>
        <translation>norm met</translation>
    </message>
    <message>
        <source>идёт</source>
        <translation>open</translation>
    </message>
    <message>
        <source>под угрозой</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>норма не выполнена</source>
        <translation>norm missed</translation>
    </message>
</context>
<context>
    <name>PlanAgreedDialog</name>
    <message>
        <source>Согласование плана с семьёй</source>
        <translation>Agreeing the plan with the family</translation>
    </message>
    <message>
        <source>Версия {n} от {date}. Отметьте, что план составлен совместно с семьёй и согласован с ней.</source>
        <translation>Version {n} of {date}. Confirm that the plan was drawn up jointly with the family and agreed with it.</translation>
    </message>
    <message>
        <source>&amp;Дата согласования:</source>
        <translation>&amp;Date agreed:</translation>
    </message>
    <message>
        <source>&amp;Кто от семьи согласовал:</source>
        <translation>Agreed &amp;by (family):</translation>
    </message>
    <message>
        <source>Отметить согласование</source>
        <translation>Mark as agreed</translation>
    </message>
</context>
<context>
    <name>PlanItemMarkDialog</name>
    <message>
        <source>Отметка о выполнении</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Отметка о выполнении мероприятия</source>
        <translation>Completion of the measure</translation>
    </message>
    <message>
        <source>&lt;b&gt;Цель:&lt;/b&gt; {goal}&lt;br&gt;&lt;b&gt;Мероприятие:&lt;/b&gt; {measure}&lt;br&gt;&lt;b&gt;Срок:&lt;/b&gt; {deadline}</source>
        <translation>&lt;b&gt;Goal:&lt;/b&gt; {goal}&lt;br&gt;&lt;b&gt;Measure:&lt;/b&gt; {measure}&lt;br&gt;&lt;b&gt;Deadline:&lt;/b&gt; {deadline}</translation>
    </message>
    <message>
        <source>&amp;Выполнение:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Дата выполнения:</source>
        <translation>&amp;Date done:</translation>
    </message>
    <message>
        <source>&amp;Отметка:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Сохранить отметку</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanItemsTableModel</name>
    <message>
        <source>Проблема</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Цель</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Мероприятие</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Ответственный</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Срок</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Выполнение</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Дата вып.</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Отметка о выполнении</source>
        <translation>Completion note</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>⚠ Срок истёк {date}, мероприятие не отмечено выполненным.</source>
        <translation>⚠ Deadline {date} has passed and the measure is not marked done.</translation>
    </message>
    <message>
        <source>Специалист центра</source>
        <translation>Centre worker</translation>
    </message>
    <message>
        <source>Организация</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Отметки о выполнении ставятся кнопкой «Отметить выполнение…».</source>
        <translation>Completion is marked with the “Mark done…” button.</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>&amp;Версия:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Отметить со&amp;гласование с семьёй…</source>
        <translation>Mark a&amp;greed with the family…</translation>
    </message>
    <message>
        <source>Отметить под&amp;пись семьи…</source>
        <translation>Mark the family&apos;s si&amp;gnature…</translation>
    </message>
    <message>
        <source>Ошибки в строках плана</source>
        <translation>Errors in plan rows</translation>
    </message>
    <message>
        <source>Мероприятия плана</source>
        <translation>Plan measures</translation>
    </message>
    <message>
        <source>Мероприятия версии плана (только чтение)</source>
        <translation>Measures of the plan version (read-only)</translation>
    </message>
    <message>
        <source>&amp;Добавить строку</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <source>Добавить мероприятие под выбранной строкой (Ctrl+Ins)</source>
        <translation>Add a measure below the selected row (Ctrl+Ins)</translation>
    </message>
    <message>
        <source>&amp;Удалить строку</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>Убрать мероприятие из новой версии (Ctrl+Del); прежние версии не меняются</source>
        <translation>Remove the measure from the new version (Ctrl+Del); earlier versions stay as they are</translation>
    </message>
    <message>
        <source>▲ Вы&amp;ше</source>
        <translation>▲ U&amp;p</translation>
    </message>
    <message>
        <source>Переместить строку выше (Ctrl+↑)</source>
        <translation>Move the row up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>▼ Ни&amp;же</source>
        <translation>▼ D&amp;own</translation>
    </message>
    <message>
        <source>Переместить строку ниже (Ctrl+↓)</source>
        <translation>Move the row down (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Отметить в&amp;ыполнение…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <source>Дата &amp;составления:</source>
        <translation>Date dra&amp;wn up:</translation>
    </message>
    <message>
        <source>почему план пересматривается</source>
        <translation>why the plan is revised</translation>
    </message>
    <message>
        <source>&amp;Причина пересмотра:</source>
        <translation>Revision rea&amp;son:</translation>
    </message>
    <message>
        <source>&amp;Отменить изменения</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Сохранить как &amp;новую версию</source>
        <translation>Save as &amp;new version</translation>
    </message>
    <message>
        <source>Сохранить план как новую версию (Ctrl+S); прежние версии сохраняются</source>
        <translation>Save the plan as a new version (Ctrl+S); earlier versions are kept</translation>
    </message>
    <message>
        <source>План</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>План № {number}</source>
        <translation>Plan No. {number}</translation>
    </message>
    <message>
        <source>План сопровождения</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <source>новый план (ещё не сохранён)</source>
        <translation>new plan (not saved yet)</translation>
    </message>
    <message>
        <source>согласована {date}</source>
        <translation>agreed {date}</translation>
    </message>
    <message>
        <source>не согласована</source>
        <translation>not agreed</translation>
    </message>
    <message>
        <source>Версия {n} от {date} — {agreed}</source>
        <translation>Version {n} of {date} — {agreed}</translation>
    </message>
    <message>
        <source> — пересмотр: {reason}</source>
        <translation> — revision: {reason}</translation>
    </message>
    <message>
        <source> — подписана {date}</source>
        <translation> — signed {date}</translation>
    </message>
    <message>
        <source> (действующая)</source>
        <translation> (current)</translation>
    </message>
    <message>
        <source>Составлена {date}</source>
        <translation>Drawn up {date}</translation>
    </message>
    <message>
        <source>Согласована с семьёй {date}: {who}</source>
        <translation>Agreed with the family {date}: {who}</translation>
    </message>
    <message>
        <source>Причина пересмотра: {reason}</source>
        <translation>Reason for revision: {reason}</translation>
    </message>
    <message>
        <source>План ещё не составлен. Добавьте мероприятия (проблема → цель → мероприятие → ответственный → срок) и сохраните их: это будет версия 1. Затем отметьте согласование с семьёй.</source>
        <translation>No plan yet. Add measures (problem → goal → measure → responsible → deadline) and save them: this will be version 1. Then mark it agreed with the family.</translation>
    </message>
    <message>
        <source>Сначала проведите обследование и определите проблемы семьи.</source>
        <translation>First carry out the survey and identify the family&apos;s problems.</translation>
    </message>
    <message>
        <source>Архивная версия {n}: только просмотр. Действующая — версия {current}.</source>
        <translation>Archived version {n}: view only. The current one is version {current}.</translation>
    </message>
    <message>
        <source>✓ Версия {n} от {date} согласована с семьёй {agreed} ({who}).</source>
        <translation>✓ Version {n} of {date} agreed with the family on {agreed} ({who}).</translation>
    </message>
    <message>
        <source>⚠ Версия {n} от {date} ещё не согласована с семьёй: распечатайте план, обсудите его с семьёй и отметьте согласование.</source>
        <translation>⚠ Version {n} of {date} is not yet agreed with the family: print the plan, discuss it with the family and mark it agreed.</translation>
    </message>
    <message>
        <source>Причина пересмотра: {reason}.</source>
        <translation>Reason for revision: {reason}.</translation>
    </message>
    <message>
        <source>Случай закрыт: план только для просмотра.</source>
        <translation>Case closed: the plan is view-only.</translation>
    </message>
    <message>
        <source>✍ Версия {n} подписана семьёй {date} ({who}).</source>
        <translation>✍ Version {n} was signed by the family on {date} ({who}).</translation>
    </message>
    <message>
        <source>Отпечаток {fp}.</source>
        <translation>Fingerprint {fp}.</translation>
    </message>
    <message>
        <source>✍ Версия {n} не подписана семьёй (подписана версия {signed} от {date}): распечатайте её и отметьте подпись.</source>
        <translation>✍ Version {n} is not signed by the family (version {signed} was signed on {date}): print it and mark the signature.</translation>
    </message>
    <message>
        <source>✍ Версия {n} ещё не подписана семьёй.</source>
        <translation>✍ Version {n} is not signed by the family yet.</translation>
    </message>
    <message>
        <source>Отметить выполнение выбранного мероприятия в действующей версии (Ctrl+M)</source>
        <translation>Mark the selected measure of the current version done (Ctrl+M)</translation>
    </message>
    <message>
        <source>Отметки ставятся на сохранённые мероприятия действующей версии.</source>
        <translation>Only saved measures of the current version can be marked.</translation>
    </message>
    <message>
        <source>Сначала сохраните изменения плана.</source>
        <translation>Save the plan changes first.</translation>
    </message>
    <message>
        <source>Отметить, что план составлен совместно с семьёй и согласован с ней.</source>
        <translation>Record that the plan was drawn up jointly with the family and agreed with it.</translation>
    </message>
    <message>
        <source>Отметить, что семья подписала распечатанную версию; после этого версия не меняется.</source>
        <translation>Mark that the family signed the printed version; the version cannot change after that.</translation>
    </message>
    <message>
        <source>Строка {n}: {message}</source>
        <translation>Row {n}: {message}</translation>
    </message>
    <message>
        <source>Версия {n} от {date}. Отметьте, что семья подписала распечатанный план этой версии: после этого изменения плана сохраняются новой версией, которую семья подпишет заново.</source>
        <translation>Version {n} of {date}. Mark that the family signed the printed plan of this version: after that, changes to the plan are saved as a new version for the family to sign again.</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Запланированное посещение</source>
        <translation>Planned visit</translation>
    </message>
    <message>
        <source>Запланировать посещение</source>
        <translation>Plan a visit</translation>
    </message>
    <message>
        <source>например: вместе с педагогом СПЦ</source>
        <translation>e.g. together with the social-pedagogical centre&apos;s teacher</translation>
    </message>
    <message>
        <source>Семья:</source>
        <translation>Family:</translation>
    </message>
    <message>
        <source>&amp;Дата*:</source>
        <translation>&amp;Date*:</translation>
    </message>
    <message>
        <source>&amp;Заметка:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Запланировать</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlannedVisitsBox</name>
    <message>
        <source>Запланированные посещения</source>
        <translation>Planned visits</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Заметка</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Запланированные посещения семьи</source>
        <translation>Planned visits of the family</translation>
    </message>
    <message>
        <source>Запланированных посещений нет.</source>
        <translation>No visits planned.</translation>
    </message>
    <message>
        <source>Отметить п&amp;роведённым</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <source>Записать посещение на дому в запланированный день (не позже сегодняшнего)</source>
        <translation>Record a home visit on the planned day (today at the latest)</translation>
    </message>
    <message>
        <source>Перен&amp;ести…</source>
        <translation>Mo&amp;ve…</translation>
    </message>
    <message>
        <source>Отм&amp;енить</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Отменить выбранное запланированное посещение</source>
        <translation>Cancel the selected planned visit</translation>
    </message>
    <message>
        <source>(перенесено с {day})</source>
        <translation>(moved from {day})</translation>
    </message>
    <message>
        <source>✗ просрочено</source>
        <translation>✗ overdue</translation>
    </message>
    <message>
        <source>Запланировать на {day}</source>
        <translation>Plan for {day}</translation>
    </message>
</context>
<context>
    <name>PrintListsDialog</name>
    <message>
        <source>Печать списков центра</source>
        <translation>Print lists of the centre</translation>
    </message>
    <message>
        <source>&amp;Журнал учёта семей за год:</source>
        <translation>&amp;Register of families for the year:</translation>
    </message>
    <message>
        <source>&amp;Лист посещений на неделю:</source>
        <translation>&amp;Weekly visit sheet:</translation>
    </message>
    <message>
        <source>Год журнала</source>
        <translation>Year of the register</translation>
    </message>
    <message>
        <source>Специалист</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Любой день недели</source>
        <translation>Any day of the week</translation>
    </message>
    <message>
        <source>Любой день недели: лист составляется с понедельника по воскресенье.</source>
        <translation>Any day of the week: the sheet runs from Monday to Sunday.</translation>
    </message>
    <message>
        <source>Просмотр…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Сохранить документ</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>Документ PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Печать: {title}</source>
        <translation>Print: {title}</translation>
    </message>
    <message>
        <source>Просмотр документа</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>русский</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>беларуская</source>
        <translation>Belarusian</translation>
    </message>
    <message>
        <source>&amp;Язык документа:</source>
        <translation>Document &amp;language:</translation>
    </message>
    <message>
        <source>Документ готовится</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <source>&amp;Печать…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Сохранить как PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Документ готовится…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Страниц: {n}</source>
        <translation>Pages: {n}</translation>
    </message>
    <message>
        <source>Документ не удалось подготовить.</source>
        <translation>The document could not be prepared.</translation>
    </message>
    <message>
        <source>Документ не сохранён</source>
        <translation>Document not saved</translation>
    </message>
    <message>
        <source>Не удалось записать файл {path}: {reason}</source>
        <translation>Could not write the file {path}: {reason}</translation>
    </message>
    <message>
        <source>Сохранено: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Отправлено на печать.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ProblemsSection</name>
    <message>
        <source>Проблемы семьи ещё не определены.</source>
        <translation>The family&apos;s problems have not been identified yet.</translation>
    </message>
    <message>
        <source>Проблемы, которые семья не может решить самостоятельно</source>
        <translation>Problems the family cannot solve alone</translation>
    </message>
    <message>
        <source>Проблемы</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Новая проблема</source>
        <translation>New problem</translation>
    </message>
    <message>
        <source>например: мать не работает, задолженность за ЖКУ</source>
        <translation>e.g. mother out of work, utility bill arrears</translation>
    </message>
    <message>
        <source>&amp;Добавить проблему</source>
        <translation>&amp;Add problem</translation>
    </message>
    <message>
        <source>Добавить проблему в список (Enter в поле описания)</source>
        <translation>Add the problem to the list (Enter in the description field)</translation>
    </message>
    <message>
        <source>&amp;Описание*:</source>
        <translation>&amp;Description*:</translation>
    </message>
    <message>
        <source>&amp;Кого касается:</source>
        <translation>&amp;Who it concerns:</translation>
    </message>
    <message>
        <source>Дата &amp;выявления*:</source>
        <translation>Date &amp;identified*:</translation>
    </message>
    <message>
        <source>вся семья</source>
        <translation>whole family</translation>
    </message>
</context>
<context>
    <name>ProblemsTableModel</name>
    <message>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Проблема</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Кого касается</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Выявлена</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>вся семья</source>
        <translation>whole family</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Передача семьи</source>
        <translation>Reassign family</translation>
    </message>
    <message>
        <source>Передать семью другому специалисту</source>
        <translation>Reassign the family to another worker</translation>
    </message>
    <message>
        <source>Сейчас ответственный: {name}</source>
        <translation>Currently responsible: {name}</translation>
    </message>
    <message>
        <source>— выберите специалиста —</source>
        <translation>— choose a worker —</translation>
    </message>
    <message>
        <source>&amp;Новый ответственный специалист:</source>
        <translation>&amp;New responsible worker:</translation>
    </message>
    <message>
        <source>&amp;Передать</source>
        <translation>&amp;Reassign</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Выберите специалиста, которому передать семью.</source>
        <translation>Choose the worker to reassign the family to.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Сохранить</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>&amp;Добавить…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Изменить…</source>
        <translation>&amp;Edit…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Настройки</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Специалист</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Записи и журнал действий ведутся от имени выбранного специалиста. Выбор запоминается на этом компьютере.</source>
        <translation>Records and the activity log are kept in the name of the chosen worker. The choice is remembered on this computer.</translation>
    </message>
    <message>
        <source>Я &amp;работаю как:</source>
        <translation>I &amp;work as:</translation>
    </message>
    <message>
        <source>Язык интерфейса</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Язык сменится при следующем запуске программы.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <source>&amp;Язык:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Правила центра</source>
        <translation>Centre rules</translation>
    </message>
    <message>
        <source>Правила действуют для всех специалистов центра. Сохраняются кнопкой «Сохранить правила».</source>
        <translation>The rules apply to every worker of the centre. Save them with “Save rules”.</translation>
    </message>
    <message>
        <source>Остальные виды записываются, но в норму не идут. Изменение касается посещений, записанных после сохранения; у записанных раньше отметка остаётся прежней.</source>
        <translation>Other kinds are recorded but do not count. A change applies to visits recorded after saving; visits recorded earlier keep their mark.</translation>
    </message>
    <message>
        <source>&amp;Договор до согласования плана — запрещён (иначе предупреждение)</source>
        <translation>&amp;Contract before the plan is agreed — forbidden (otherwise a warning)</translation>
    </message>
    <message>
        <source>&amp;Сохранить правила</source>
        <translation>&amp;Save rules</translation>
    </message>
    <message>
        <source>&amp;Отменить изменения</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>В норму посещений
засчитываются:</source>
        <translation>Counted toward
the visit norm:</translation>
    </message>
    <message>
        <source>Где хранятся данные</source>
        <translation>Where the data is stored</translation>
    </message>
    <message>
        <source>Сюда центр кладёт свои копии шаблонов документов (ru/plan.toml, be/contract.toml…), скопировав их из папки resources/templates программы; программа берёт копию центра.</source>
        <translation>The centre puts its own copies of the document templates here (ru/plan.toml, be/contract.toml…), copied from the program&apos;s resources/templates folder; the program then uses the centre&apos;s copy.</translation>
    </message>
    <message>
        <source>База данных:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Папка данных:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Папка журналов:</source>
        <translation>Log folder:</translation>
    </message>
    <message>
        <source>Файл настроек:</source>
        <translation>Settings file:</translation>
    </message>
    <message>
        <source>Шаблоны документов центра:</source>
        <translation>Centre&apos;s document templates:</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>Не удалось записать файл настроек {path}: выбор действует до закрытия программы.</source>
        <translation>Could not write the settings file {path}: the choice lasts until the program is closed.</translation>
    </message>
    <message>
        <source>Правила сохранены.</source>
        <translation>Rules saved.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Подпись семьи на документе</source>
        <translation>Family signature on the document</translation>
    </message>
    <message>
        <source>&amp;Дата подписи:</source>
        <translation>&amp;Date signed:</translation>
    </message>
    <message>
        <source>&amp;Кто подписал от семьи:</source>
        <translation>&amp;Signed for the family by:</translation>
    </message>
    <message>
        <source>Отметить подпись</source>
        <translation>Mark the signature</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <source>выполнено</source>
        <translation>done</translation>
    </message>
    <message>
        <source>текущий шаг</source>
        <translation>current step</translation>
    </message>
    <message>
        <source>заблокировано</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>впереди</source>
        <translation>ahead</translation>
    </message>
    <message>
        <source>Шаг «{stage}» заблокирован: {reasons}</source>
        <translation>Step “{stage}” is blocked: {reasons}</translation>
    </message>
</context>
<context>
    <name>StickChooser</name>
    <message>
        <source>{size} ГБ</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} МБ</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>&amp;Обновить</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Поискать вставленные носители ещё раз</source>
        <translation>Look for inserted sticks again</translation>
    </message>
    <message>
        <source>Друга&amp;я папка…</source>
        <translation>&amp;Other folder…</translation>
    </message>
    <message>
        <source>{name} — свободно {free} ({path})</source>
        <translation>{name} — {free} free ({path})</translation>
    </message>
    <message>
        <source>Носитель не найден — вставьте флешку и нажмите «Обновить»</source>
        <translation>No stick found — insert one and press “Refresh”</translation>
    </message>
    <message>
        <source>Папка для файла обмена</source>
        <translation>Folder for the exchange file</translation>
    </message>
</context>
<context>
    <name>SuggestVisitDialog</name>
    <message>
        <source>Запланировать посещение</source>
        <translation>Plan a visit</translation>
    </message>
    <message>
        <source>Запланировать посещение на {day}</source>
        <translation>Plan a visit on {day}</translation>
    </message>
    <message>
        <source>Другая &amp;дата…</source>
        <translation>Other &amp;date…</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Предложенные даты (рабочие дни) — щелчок планирует посещение:</source>
        <translation>Suggested dates (working days) — a click plans the visit:</translation>
    </message>
    <message>
        <source>✓ {day} — запланировано</source>
        <translation>✓ {day} — planned</translation>
    </message>
</context>
<context>
    <name>SurveySection</name>
    <message>
        <source>остался {n} рабочий день</source>
        <translation>{n} working day left</translation>
    </message>
    <message>
        <source>осталось {n} рабочих дня</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <source>осталось {n} рабочих дней</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <source>Срок обследования: {deadline}, {left}</source>
        <translation>Survey due: {deadline}, {left}</translation>
    </message>
    <message>
        <source>Срок обследования: {deadline}, сегодня последний день</source>
        <translation>Survey due: {deadline}, today is the last day</translation>
    </message>
    <message>
        <source>{n} рабочий день</source>
        <translation>{n} working day</translation>
    </message>
    <message>
        <source>{n} рабочих дня</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>{n} рабочих дней</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>⚠ Просрочено на {late}: срок обследования был {deadline}</source>
        <translation>⚠ Overdue by {late}: the survey was due {deadline}</translation>
    </message>
    <message>
        <source>Акты обследования</source>
        <translation>Survey acts</translation>
    </message>
    <message>
        <source>&amp;Новый акт обследования…</source>
        <translation>&amp;New survey act…</translation>
    </message>
    <message>
        <source>Записать повторное обследование семьи</source>
        <translation>Record a repeat survey of the family</translation>
    </message>
    <message>
        <source>&amp;Сохранить акт</source>
        <translation>&amp;Save act</translation>
    </message>
    <message>
        <source>Сохранить акт обследования (Ctrl+S)</source>
        <translation>Save the survey act (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Отменить</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Не записывать новый акт</source>
        <translation>Do not record the new act</translation>
    </message>
    <message>
        <source>Обследование</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>фамилии и инициалы, должности</source>
        <translation>surnames, initials, positions</translation>
    </message>
    <message>
        <source>— выберите —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>отопление, водоснабжение, канализация, газ …</source>
        <translation>heating, water, sewerage, gas …</translation>
    </message>
    <message>
        <source>заработная плата, пенсия, пособия, алименты …</source>
        <translation>wages, pension, benefits, alimony …</translation>
    </message>
    <message>
        <source>рассчитается сам</source>
        <translation>calculated automatically</translation>
    </message>
    <message>
        <source>Если оставить пустым, программа разделит доход семьи на число её членов.</source>
        <translation>If left empty, the program divides the family income by the number of members.</translation>
    </message>
    <message>
        <source>&amp;Дата обследования*:</source>
        <translation>Survey &amp;date*:</translation>
    </message>
    <message>
        <source>Обследование про&amp;водили*:</source>
        <translation>Surveyed &amp;by*:</translation>
    </message>
    <message>
        <source>&amp;Тип жилья*:</source>
        <translation>&amp;Housing type*:</translation>
    </message>
    <message>
        <source>Состояние &amp;жилья:</source>
        <translation>Housing condi&amp;tion:</translation>
    </message>
    <message>
        <source>&amp;Благоустройство:</source>
        <translation>&amp;Amenities:</translation>
    </message>
    <message>
        <source>&amp;Источники дохода:</source>
        <translation>&amp;Income sources:</translation>
    </message>
    <message>
        <source>Доход семьи, &amp;руб. в месяц:</source>
        <translation>Family income, BYN a &amp;month:</translation>
    </message>
    <message>
        <source>Средн&amp;едушевой доход, руб.:</source>
        <translation>Income &amp;per person, BYN:</translation>
    </message>
    <message>
        <source>&amp;Заключение*:</source>
        <translation>Concl&amp;usion*:</translation>
    </message>
    <message>
        <source>* — обязательные поля</source>
        <translation>* required field</translation>
    </message>
    <message>
        <source>акт от {date}</source>
        <translation>act of {date}</translation>
    </message>
    <message>
        <source>{act} (повторный)</source>
        <translation>{act} (repeat)</translation>
    </message>
    <message>
        <source>Акт обследования материально-бытового положения от {date}</source>
        <translation>Survey act of {date}</translation>
    </message>
    <message>
        <source>Новый акт обследования (повторное обследование)</source>
        <translation>New survey act (repeat survey)</translation>
    </message>
    <message>
        <source>Акт обследования материально-бытового положения ещё не составлен</source>
        <translation>No survey act has been drawn up yet</translation>
    </message>
    <message>
        <source>Тип жилья: обязательное поле.</source>
        <translation>Housing type: required.</translation>
    </message>
    <message>
        <source>Доход семьи</source>
        <translation>Family income</translation>
    </message>
    <message>
        <source>Среднедушевой доход</source>
        <translation>Income per person</translation>
    </message>
    <message>
        <source>{label}: введите сумму числом, например 850,50.</source>
        <translation>{label}: enter the amount as a number, e.g. 850.50.</translation>
    </message>
</context>
<context>
    <name>SyncValues</name>
    <message>
        <source>{day} в {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>Запись удалена</source>
        <translation>Record deleted</translation>
    </message>
    <message>
        <source>(пусто)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Да</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Нет</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Дата: введите её как дд.мм.гггг, например 01.12.2026.</source>
        <translation>Date: type it as dd.mm.yyyy, e.g. 01.12.2026.</translation>
    </message>
    <message>
        <source>Дата: такой даты нет в календаре.</source>
        <translation>Date: there is no such date in the calendar.</translation>
    </message>
    <message>
        <source>Число: введите целое число.</source>
        <translation>Number: type a whole number.</translation>
    </message>
    <message>
        <source>Ответ: введите «Да» или «Нет».</source>
        <translation>Answer: type “Yes” or “No”.</translation>
    </message>
    <message>
        <source>Значение: нарушена запись JSON.</source>
        <translation>Value: the JSON is not well-formed.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Се&amp;мьи:</source>
        <translation>Fa&amp;milies:</translation>
    </message>
    <message>
        <source>&amp;Группировать по населённым пунктам</source>
        <translation>&amp;Group by settlement</translation>
    </message>
    <message>
        <source>Все семьи одного населённого пункта вместе: одна поездка — все дела в деревне</source>
        <translation>All families of one settlement together: one trip does everything in the village</translation>
    </message>
    <message>
        <source>О&amp;бновить</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>№ дела</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Семья</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Что и почему</source>
        <translation>What and why</translation>
    </message>
    <message>
        <source>Срок</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Отметка</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Действие</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Дела на сегодня</source>
        <translation>Today&apos;s tasks</translation>
    </message>
    <message>
        <source>✓ &amp;Визит проведён</source>
        <translation>✓ &amp;Visit made</translation>
    </message>
    <message>
        <source>Записать посещение на дому сегодня для выбранной семьи ({shortcut})</source>
        <translation>Record a home visit today for the selected family ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Запланировать…</source>
        <translation>&amp;Plan…</translation>
    </message>
    <message>
        <source>Предложенные даты посещений, чтобы не нарушить норму ({shortcut})</source>
        <translation>Suggested visit dates that keep the norm ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Открыть карточку</source>
        <translation>&amp;Open card</translation>
    </message>
    <message>
        <source>Карточка выбранной семьи (Enter или двойной щелчок)</source>
        <translation>The selected family&apos;s card (Enter or double-click)</translation>
    </message>
    <message>
        <source>Загрузка…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Сегодня, {day}</source>
        <translation>Today, {day}</translation>
    </message>
    <message>
        <source>Не удалось загрузить повестку</source>
        <translation>Could not load the agenda</translation>
    </message>
    <message>
        <source>Нормы посещений не выполнены</source>
        <translation>Visit norms missed</translation>
    </message>
    <message>
        <source>Обследования просрочены</source>
        <translation>Surveys overdue</translation>
    </message>
    <message>
        <source>Под угрозой невыполнения нормы</source>
        <translation>Norm at risk</translation>
    </message>
    <message>
        <source>Посещения на этой неделе</source>
        <translation>Visits due this week</translation>
    </message>
    <message>
        <source>Мероприятия плана к сроку</source>
        <translation>Plan items due</translation>
    </message>
    <message>
        <source>Договоры заканчиваются в течение 14 дней</source>
        <translation>Contracts ending within 14 days</translation>
    </message>
    <message>
        <source>Посещены сегодня</source>
        <translation>Visited today</translation>
    </message>
    <message>
        <source>Норма не выполнена ({kind}): {done} из {required} посещ. за {start}–{end}</source>
        <translation>Norm missed ({kind}): {done} of {required} visits in {start}–{end}</translation>
    </message>
    <message>
        <source>Обследование не проведено: заявление от {applied}, срок — 3 рабочих дня</source>
        <translation>Survey not made: application of {applied}, due within 3 working days</translation>
    </message>
    <message>
        <source>Нужно ещё {needed} посещ. до {end} ({kind}), а рабочих дней почти не осталось</source>
        <translation>{needed} more visits needed by {end} ({kind}), and few working days are left</translation>
    </message>
    <message>
        <source>Запланированное посещение (перенесено с {day})</source>
        <translation>Planned visit (moved from {day})</translation>
    </message>
    <message>
        <source>Запланированное посещение</source>
        <translation>Planned visit</translation>
    </message>
    <message>
        <source>Нужно ещё {needed} посещ. до конца окна {start}–{end} ({kind})</source>
        <translation>{needed} more visits needed by the end of window {start}–{end} ({kind})</translation>
    </message>
    <message>
        <source>Мероприятие плана: {measure}</source>
        <translation>Plan item: {measure}</translation>
    </message>
    <message>
        <source>Договор № {number} заканчивается — продлить или подвести итоги</source>
        <translation>Contract No. {number} is ending — renew it or close the case</translation>
    </message>
    <message>
        <source>Посещение записано сегодня: {done} из {required} за {start}–{end}</source>
        <translation>Visit recorded today: {done} of {required} in {start}–{end}</translation>
    </message>
    <message>
        <source>просрочено</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>скоро срок</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>заканчивается</source>
        <translation>ending</translation>
    </message>
    <message>
        <source>не проведено в срок</source>
        <translation>not made in time</translation>
    </message>
    <message>
        <source>запланировано</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>✓ Визит проведён</source>
        <translation>✓ Visit made</translation>
    </message>
    <message>
        <source>Щёлкните, чтобы записать посещение на дому сегодня</source>
        <translation>Click to record a home visit today</translation>
    </message>
    <message>
        <source>{settlement} — {count}</source>
        <translation>{settlement} — {count}</translation>
    </message>
    <message>
        <source>без адреса</source>
        <translation>no address</translation>
    </message>
    <message>
        <source>{title} — {count}</source>
        <translation>{title} — {count}</translation>
    </message>
    <message>
        <source>На сегодня ничего не требует внимания.</source>
        <translation>Nothing needs attention today.</translation>
    </message>
    <message>
        <source>Дел: {total}, из них посещено сегодня: {visited}.</source>
        <translation>Tasks: {total}, visited today: {visited}.</translation>
    </message>
    <message>
        <source>✓ Посещение семьи {family} записано.</source>
        <translation>✓ Visit to the {family} family recorded.</translation>
    </message>
    <message>
        <source>✗ Посещение не записано: {reason}</source>
        <translation>✗ Visit not recorded: {reason}</translation>
    </message>
</context>
<context>
    <name>TypeChangeDialog</name>
    <message>
        <source>Смена вида патроната</source>
        <translation>Change patronage type</translation>
    </message>
    <message>
        <source>Вид патроната</source>
        <translation>Patronage type</translation>
    </message>
    <message>
        <source>Сейчас: {type} с {start}. Текущий период закончится накануне новой даты.</source>
        <translation>Now: {type} since {start}. The current period ends the day before the new date.</translation>
    </message>
    <message>
        <source>Вид патроната ещё не установлен.</source>
        <translation>No patronage type set yet.</translation>
    </message>
    <message>
        <source>Например: угроза жизни и здоровью ребёнка устранена</source>
        <translation>E.g. the threat to the child&apos;s life and health has been removed</translation>
    </message>
    <message>
        <source>&amp;Новый вид:</source>
        <translation>&amp;New type:</translation>
    </message>
    <message>
        <source>&amp;Дата начала:</source>
        <translation>Start &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Причина*:</source>
        <translation>&amp;Reason*:</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TypeSection</name>
    <message>
        <source>С&amp;менить вид…</source>
        <translation>&amp;Change type…</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Начало</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Окончание</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Причина</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>История видов патроната</source>
        <translation>Patronage type history</translation>
    </message>
    <message>
        <source>Период</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Нужно</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>Сделано</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Соблюдение нормы посещений</source>
        <translation>Visit norm compliance</translation>
    </message>
    <message>
        <source>Текущий вид</source>
        <translation>Current type</translation>
    </message>
    <message>
        <source>История</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Вид патроната</source>
        <translation>Patronage type</translation>
    </message>
    <message>
        <source>не менее 2 посещений в неделю</source>
        <translation>at least 2 visits a week</translation>
    </message>
    <message>
        <source>не менее 1 посещения в месяц</source>
        <translation>at least 1 visit a month</translation>
    </message>
    <message>
        <source>1 посещение в 3 месяца</source>
        <translation>1 visit every 3 months</translation>
    </message>
    <message>
        <source>норма выполнена</source>
        <translation>norm met</translation>
    </message>
    <message>
        <source>идёт</source>
        <translation>open</translation>
    </message>
    <message>
        <source>под угрозой</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>норма не выполнена</source>
        <translation>norm missed</translation>
    </message>
    <message>
        <source>{type} патронат</source>
        <translation>{type} patronage</translation>
    </message>
    <message>
        <source>с {start} · норма: {norm}</source>
        <translation>since {start} · norm: {norm}</translation>
    </message>
    <message>
        <source>Вид патроната не действует</source>
        <translation>No patronage type in force</translation>
    </message>
    <message>
        <source>Последний: {type}, по {end}</source>
        <translation>Last: {type}, until {end}</translation>
    </message>
    <message>
        <source>Вид патроната не установлен</source>
        <translation>Patronage type not set</translation>
    </message>
    <message>
        <source>&amp;Установить вид…</source>
        <translation>&amp;Set type…</translation>
    </message>
    <message>
        <source>Случай закрыт: изменения невозможны.</source>
        <translation>Case closed: no changes possible.</translation>
    </message>
    <message>
        <source>Вид патроната устанавливается после заключения договора.</source>
        <translation>The patronage type is set once the contract is signed.</translation>
    </message>
    <message>
        <source>Срок договора: {start} – {end}.</source>
        <translation>Contract term: {start} – {end}.</translation>
    </message>
    <message>
        <source>действует</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>(неполный)</source>
        <translation>(partial)</translation>
    </message>
    <message>
        <source>Норма посещений считается с начала вида патроната в пределах срока договора.</source>
        <translation>The visit norm is counted from the start of the patronage type, within the contract term.</translation>
    </message>
    <message>
        <source>Периодов: {total}; норма выполнена: {met}; не выполнена: {missed}.</source>
        <translation>Periods: {total}; norm met: {met}; missed: {missed}.</translation>
    </message>
    <message>
        <source>В текущем периоде (до {end}) нужно ещё посещений: {needed}.</source>
        <translation>Visits still needed in the current period (until {end}): {needed}.</translation>
    </message>
</context>
<context>
    <name>VersionBox</name>
    <message>
        <source>● Показывается сейчас (временно)</source>
        <translation>● Shown for now (provisionally)</translation>
    </message>
    <message>
        <source>○ Не показывается</source>
        <translation>○ Not shown</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Посещение</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Новое посещение</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>Посещение {date}</source>
        <translation>Visit of {date}</translation>
    </message>
    <message>
        <source>Присутствовали</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>заявитель</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>&amp;Дата*:</source>
        <translation>&amp;Date*:</translation>
    </message>
    <message>
        <source>&amp;Вид контакта:</source>
        <translation>Contact &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Ход посещения:</source>
        <translation>&amp;Course of the visit:</translation>
    </message>
    <message>
        <source>&amp;Результат:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>Дальнейшие &amp;шаги:</source>
        <translation>&amp;Next steps:</translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Засчитывается в норму посещений (по правилу центра).</source>
        <translation>Counts toward the visit norm (centre rule).</translation>
    </message>
    <message>
        <source>Не засчитывается в норму посещений (по правилу центра).</source>
        <translation>Does not count toward the visit norm (centre rule).</translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <source>&amp;Добавить посещение…</source>
        <translation>&amp;Add visit…</translation>
    </message>
    <message>
        <source>Добавить посещение ({shortcut})</source>
        <translation>Add a visit ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Изменить…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Открыть выбранное посещение (Enter или двойной щелчок)</source>
        <translation>Open the selected visit (Enter or double-click)</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Вид контакта</source>
        <translation>Contact type</translation>
    </message>
    <message>
        <source>В норму</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Присутствовали</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Специалист</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Посещения семьи</source>
        <translation>Family visits</translation>
    </message>
    <message>
        <source>Посещения</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Посещений и контактов: {total}, из них в норму: {counting}. Последнее: {last}.</source>
        <translation>Visits and contacts: {total}, counting toward the norm: {counting}. Last: {last}.</translation>
    </message>
    <message>
        <source>Посещений ещё нет.</source>
        <translation>No visits yet.</translation>
    </message>
    <message>
        <source>Случай закрыт: изменения невозможны.</source>
        <translation>Case closed: no changes possible.</translation>
    </message>
    <message>
        <source>&amp;Открыть…</source>
        <translation>&amp;Open…</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Календарь на неделю</source>
        <translation>Week calendar</translation>
    </message>
    <message>
        <source>сегодня</source>
        <translation>today</translation>
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
        <translation>Worker</translation>
    </message>
    <message>
        <source>Новый специалист</source>
        <translation>New worker</translation>
    </message>
    <message>
        <source>латиницей, например ivanova.a</source>
        <translation>Latin letters, e.g. ivanova.a</translation>
    </message>
    <message>
        <source>специалист по социальной работе</source>
        <translation>caseworker</translation>
    </message>
    <message>
        <source>&amp;Работает (можно назначать ответственным)</source>
        <translation>&amp;Active (can be made responsible)</translation>
    </message>
    <message>
        <source>&amp;Фамилия*:</source>
        <translation>S&amp;urname*:</translation>
    </message>
    <message>
        <source>&amp;Имя*:</source>
        <translation>&amp;First name*:</translation>
    </message>
    <message>
        <source>&amp;Отчество:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <source>&amp;Логин*:</source>
        <translation>&amp;Login*:</translation>
    </message>
    <message>
        <source>&amp;Должность:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>Р&amp;оль:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>После сохранения &amp;записать файл регистрации ноутбука</source>
        <translation>After saving, &amp;write the laptop enrolment file</translation>
    </message>
    <message>
        <source>* — обязательные поля. Специалиста не удаляют: снимите отметку «Работает».</source>
        <translation>* required field. Workers are not deleted: clear “Active” instead.</translation>
    </message>
</context>
<context>
    <name>WorkerFilter</name>
    <message>
        <source>Чьи семьи показать</source>
        <translation>Whose families to show</translation>
    </message>
    <message>
        <source>Мои семьи</source>
        <translation>My families</translation>
    </message>
    <message>
        <source>Все специалисты центра</source>
        <translation>All caseworkers of the centre</translation>
    </message>
</context>
<context>
    <name>WorkersTab</name>
    <message>
        <source>Специалисты центра: ответственные за семьи и исполнители мероприятий планов. Уволившегося специалиста не удаляют, а снимают отметку «Работает»: его дела и записи сохраняются. Вы сами (от чьего имени ведутся записи) выделены жирным.</source>
        <translation>The centre&apos;s workers: responsible for families and for plan measures. A worker who has left is not deleted; instead “Active” is cleared, so their cases and records are kept. You (the worker the records are made as) are shown in bold.</translation>
    </message>
    <message>
        <source>Фамилия</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Имя</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Отчество</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Логин</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Должность</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Роль</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Работает</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;Файл регистрации ноутбука…</source>
        <translation>Laptop enrolment &amp;file…</translation>
    </message>
    <message>
        <source>Сначала настройте центр обмена: «Обмен → Настроить центр обмена…».</source>
        <translation>Set up the exchange centre first: “Exchange → Set up the exchange centre…”.</translation>
    </message>
    <message>
        <source>Выберите работающего специалиста с логином.</source>
        <translation>Choose an active worker with a login.</translation>
    </message>
    <message>
        <source>Записать файл, которым ноутбук специалиста подключается к центру.</source>
        <translation>Write the file the worker&apos;s laptop connects to the centre with.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Заявление</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Обследование</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Оценка проблем</source>
        <translation>Problem assessment</translation>
    </message>
    <message>
        <source>План</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Договор</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Патронат</source>
        <translation>Patronage</translation>
    </message>
    <message>
        <source>Закрыт</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Обратилась самостоятельно</source>
        <translation>Self-referral</translation>
    </message>
    <message>
        <source>Координационный совет (Декрет № 18)</source>
        <translation>Coordination council (Decree No. 18)</translation>
    </message>
    <message>
        <source>Совет профилактики учреждения образования</source>
        <translation>School prevention council</translation>
    </message>
    <message>
        <source>КДН</source>
        <translation>Commission on minors&apos; affairs</translation>
    </message>
    <message>
        <source>Организация здравоохранения</source>
        <translation>Health care institution</translation>
    </message>
    <message>
        <source>Органы внутренних дел</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Сельский исполнительный комитет</source>
        <translation>Village executive committee</translation>
    </message>
    <message>
        <source>Иное</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>муж.</source>
        <translation>male</translation>
    </message>
    <message>
        <source>жен.</source>
        <translation>female</translation>
    </message>
    <message>
        <source>заявитель</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>супруг(а)</source>
        <translation>spouse</translation>
    </message>
    <message>
        <source>сожитель(ница)</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>сын/дочь</source>
        <translation>child</translation>
    </message>
    <message>
        <source>пасынок/падчерица</source>
        <translation>stepchild</translation>
    </message>
    <message>
        <source>отец/мать</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>дедушка/бабушка</source>
        <translation>grandparent</translation>
    </message>
    <message>
        <source>внук/внучка</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <source>брат/сестра</source>
        <translation>sibling</translation>
    </message>
    <message>
        <source>опекун</source>
        <translation>guardian</translation>
    </message>
    <message>
        <source>подопечный</source>
        <translation>ward</translation>
    </message>
    <message>
        <source>иное</source>
        <translation>other</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>none</translation>
    </message>
    <message>
        <source>I группа</source>
        <translation>group I</translation>
    </message>
    <message>
        <source>II группа</source>
        <translation>group II</translation>
    </message>
    <message>
        <source>III группа</source>
        <translation>group III</translation>
    </message>
    <message>
        <source>ребёнок-инвалид</source>
        <translation>child with a disability</translation>
    </message>
    <message>
        <source>ОПФР</source>
        <translation>special developmental needs</translation>
    </message>
    <message>
        <source>собственный дом</source>
        <translation>own house</translation>
    </message>
    <message>
        <source>собственная квартира</source>
        <translation>own flat</translation>
    </message>
    <message>
        <source>съёмное жильё</source>
        <translation>rented housing</translation>
    </message>
    <message>
        <source>социальное жильё</source>
        <translation>social housing</translation>
    </message>
    <message>
        <source>общежитие</source>
        <translation>hostel</translation>
    </message>
    <message>
        <source>у родственников</source>
        <translation>with relatives</translation>
    </message>
    <message>
        <source>нет жилья</source>
        <translation>no housing</translation>
    </message>
    <message>
        <source>посещение на дому</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>беседа в центре</source>
        <translation>talk at the centre</translation>
    </message>
    <message>
        <source>телефонный звонок</source>
        <translation>phone call</translation>
    </message>
    <message>
        <source>совместный выезд</source>
        <translation>joint visit</translation>
    </message>
    <message>
        <source>срочное социальное обслуживание</source>
        <translation>urgent social services</translation>
    </message>
    <message>
        <source>нестационарное социальное обслуживание</source>
        <translation>non-residential social services</translation>
    </message>
    <message>
        <source>запланировано</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>выполнено</source>
        <translation>done</translation>
    </message>
    <message>
        <source>выполнено частично</source>
        <translation>partly done</translation>
    </message>
    <message>
        <source>не выполнено</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>отменено</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>ТЖС преодолена</source>
        <translation>situation overcome</translation>
    </message>
    <message>
        <source>ТЖС преодолена частично</source>
        <translation>situation partly overcome</translation>
    </message>
    <message>
        <source>ТЖС не преодолена</source>
        <translation>situation not overcome</translation>
    </message>
    <message>
        <source>отказ семьи</source>
        <translation>family refused</translation>
    </message>
    <message>
        <source>передана в другую организацию</source>
        <translation>transferred to another organisation</translation>
    </message>
    <message>
        <source>завершение патроната</source>
        <translation>patronage completed</translation>
    </message>
    <message>
        <source>отзыв согласия семьёй</source>
        <translation>family withdrew consent</translation>
    </message>
    <message>
        <source>переезд семьи</source>
        <translation>family moved away</translation>
    </message>
    <message>
        <source>передача в другую организацию</source>
        <translation>transfer to another organisation</translation>
    </message>
    <message>
        <source>иная причина</source>
        <translation>other reason</translation>
    </message>
    <message>
        <source>управление по труду, занятости и социальной защите</source>
        <translation>labour, employment and social protection office</translation>
    </message>
    <message>
        <source>здравоохранение</source>
        <translation>health care</translation>
    </message>
    <message>
        <source>образование</source>
        <translation>education</translation>
    </message>
    <message>
        <source>социально-педагогический центр</source>
        <translation>social-pedagogical centre</translation>
    </message>
    <message>
        <source>органы внутренних дел</source>
        <translation>police</translation>
    </message>
    <message>
        <source>сельисполком</source>
        <translation>village executive committee</translation>
    </message>
    <message>
        <source>общественное объединение</source>
        <translation>public association</translation>
    </message>
    <message>
        <source>специалист по социальной работе</source>
        <translation>caseworker</translation>
    </message>
    <message>
        <source>заведующий отделением</source>
        <translation>head of department</translation>
    </message>
    <message>
        <source>администратор</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>экстренный</source>
        <translation>emergency</translation>
    </message>
    <message>
        <source>плановый</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>контрольный</source>
        <translation>control</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Норма сейчас не действует (нет вида патроната или действующего договора).</source>
        <translation>No norm applies now (no patronage type or running contract).</translation>
    </message>
    <message>
        <source>Окно {start}–{end} ({kind}): сделано {done} из {required}.</source>
        <translation>Window {start}–{end} ({kind}): {done} of {required} made.</translation>
    </message>
    <message>
        <source>Текущее окно выполнено или запланировано. Следующее: </source>
        <translation>The current window is met or planned. Next: </translation>
    </message>
    <message>
        <source>Все нужные посещения уже запланированы.</source>
        <translation>Every visit needed is already planned.</translation>
    </message>
    <message>
        <source>Нужно ещё запланировать: {needed}.</source>
        <translation>Still to plan: {needed}.</translation>
    </message>
    <message>
        <source>{mark} Рабочих дней не хватает: предложены все оставшиеся.</source>
        <translation>{mark} Not enough working days: all that are left are suggested.</translation>
    </message>
</context>
</TS>
