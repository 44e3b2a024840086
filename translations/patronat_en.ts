<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ru">
<context>
    <name></name>
    <message>
        <source>Forms</source>
        <comment>Несохранённые изменения</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <comment>В разделе «{what}» есть несохранённые изменения.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <comment>Сохранить их?</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <comment>Сохранить</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <comment>Не сохранять</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <comment>Остаться</comment>
        <translation type="unfinished"></translation>
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
    <name>CardSection</name>
    <message>
        <source>Предупреждение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{warnings}

Всё равно продолжить?</source>
        <translation type="unfinished"></translation>
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
    <name>FamilyCard</name>
    <message>
        <source>← К списку семей</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вернуться к списку (Alt+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дело № {number} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} · этап: {stage} · ответственный: {worker}</source>
        <translation type="unfinished"></translation>
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
    <name>StageStepper</name>
    <message>
        <source>выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>текущий шаг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>заблокировано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>впереди</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Шаг «{stage}» заблокирован: {reasons}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Координационный совет (Декрет № 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Совет профилактики учреждения образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>КДН</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Организация здравоохранения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Органы внутренних дел</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сельский исполнительный комитет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Иное</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>муж.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>жен.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>заявитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>супруг(а)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>сожитель(ница)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>сын/дочь</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пасынок/падчерица</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отец/мать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>дедушка/бабушка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>внук/внучка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>брат/сестра</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>опекун</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>подопечный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>иное</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I группа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II группа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III группа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ребёнок-инвалид</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ОПФР</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>собственный дом</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>собственная квартира</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>съёмное жильё</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>социальное жильё</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>общежитие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>у родственников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нет жилья</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>посещение на дому</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>беседа в центре</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>телефонный звонок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>совместный выезд</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>срочное социальное обслуживание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нестационарное социальное обслуживание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>запланировано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выполнено частично</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отменено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ТЖС преодолена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ТЖС преодолена частично</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ТЖС не преодолена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отказ семьи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>передана в другую организацию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>завершение патроната</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отзыв согласия семьёй</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>переезд семьи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>передача в другую организацию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>иная причина</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>управление по труду, занятости и социальной защите</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>здравоохранение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>образование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>социально-педагогический центр</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>органы внутренних дел</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>сельисполком</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>общественное объединение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>специалист по социальной работе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>заведующий отделением</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>администратор</source>
        <translation type="unfinished"></translation>
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
