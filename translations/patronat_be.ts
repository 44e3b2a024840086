<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="ru">
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
        <source>Дата заявления</source>
        <translation type="unfinished">Дата заявы</translation>
    </message>
    <message>
        <source>Членов семьи</source>
        <translation type="unfinished">Членаў сям&apos;і</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Патронат — семьи</source>
        <translation type="unfinished">Патранат — сем&apos;і</translation>
    </message>
    <message>
        <source>Фамилия, номер дела, населённый пункт…</source>
        <translation type="unfinished">Прозвішча, нумар справы, населены пункт…</translation>
    </message>
    <message>
        <source>&amp;Поиск:</source>
        <translation type="unfinished">&amp;Пошук:</translation>
    </message>
    <message>
        <source>База данных: {database}</source>
        <translation type="unfinished">База даных: {database}</translation>
    </message>
    <message>
        <source>Специалист: не выбран</source>
        <translation type="unfinished">Спецыяліст: не выбраны</translation>
    </message>
    <message>
        <source>Специалист: {worker}</source>
        <translation type="unfinished">Спецыяліст: {worker}</translation>
    </message>
    <message>
        <source>Найдено: {shown} из {total}</source>
        <translation type="unfinished">Знойдзена: {shown} з {total}</translation>
    </message>
    <message numerus="yes">
        <source>Семей: %n</source>
        <translation type="unfinished">
            <numerusform>Сем&apos;яў: %n</numerusform>
            <numerusform>Сем&apos;яў: %n</numerusform>
            <numerusform>Сем&apos;яў: %n</numerusform>
        </translation>
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
