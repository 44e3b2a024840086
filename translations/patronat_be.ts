<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="ru">
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
        <translation type="unfinished">Не ўдалося адкрыць базу даных</translation>
    </message>
    <message>
        <source>Не удалось открыть базу данных: {error}</source>
        <translation type="unfinished">Не ўдалося адкрыць базу даных: {error}</translation>
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
