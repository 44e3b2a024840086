<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ru">
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
        <source>Дата заявления</source>
        <translation>Application date</translation>
    </message>
    <message>
        <source>Членов семьи</source>
        <translation>Members</translation>
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
        <source>Не удалось загрузить демонстрационные данные.</source>
        <translation>Could not load the demo data.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Патронат — семьи</source>
        <translation>Patronat — families</translation>
    </message>
    <message>
        <source>Фамилия, номер дела, населённый пункт…</source>
        <translation>Surname, case number, settlement…</translation>
    </message>
    <message>
        <source>&amp;Поиск:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>База данных: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Специалист: не выбран</source>
        <translation>Worker: none selected</translation>
    </message>
    <message>
        <source>Специалист: {worker}</source>
        <translation>Worker: {worker}</translation>
    </message>
    <message>
        <source>Найдено: {shown} из {total}</source>
        <translation>Found: {shown} of {total}</translation>
    </message>
    <message numerus="yes">
        <source>Семей: %n</source>
        <translation>
            <numerusform>Families: %n</numerusform>
            <numerusform>Families: %n</numerusform>
        </translation>
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
</TS>
