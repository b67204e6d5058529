# Интерфейсът на български: едно съобщение за всеки текст, който някой чете.
# Формат: Project Fluent (https://projectfluent.org), както го редактират Weblate и Pontoon.

## language

# Името на този език, написано на него: списъкът показва всеки език с неговото собствено име.
language-name = Български
language-title = Езици
language-interface = Език на страниците
language-current = { $language } (сега)
language-unknown = В този сайт няма език „{ $code }“. Избери един от тези:
language-reading_title = Езици, на които четеш
language-reading_text = Отбележи всички езици, на които можеш да четеш. Всеки курс се показва на първия от тези езици, на който е написан. В списъка с курсове са само курсовете на тези езици.
language-reading_best = Езикът, на който четеш най-добре
language-reading_also = Други езици, на които четеш
language-reading_save = Запази
language-reading_all = Още няма избрани езици: показват се всички курсове.

## site

site-skip_to_content = Към съдържанието
site-quick_exit = Бърз изход
site-languages = Езици
site-not_found_title = Страницата не е намерена
site-not_found_text = Тази страница не съществува или е преместена.
site-back_to_courses = Обратно към всички курсове
site-unavailable = Нещо се обърка при нас. Опитай пак след малко.
site-forbidden_title = Няма достъп
site-forbidden_text = Твоят профил не може да отвори тази страница.
site-wait_title = Твърде много опити

## catalogue

catalogue-title = Курсове
catalogue-intro = Кратки уроци, които можеш да четеш на телефона си, в твоето темпо.
catalogue-lessons =
    { $count ->
        [one] { $count } урок
       *[other] { $count } урока
    }
catalogue-minutes =
    около { $count ->
        [one] { $count } минута
       *[other] { $count } минути
    }
catalogue-in_languages = Езици: { $languages }
catalogue-empty = Още няма курсове.
catalogue-filtered = Курсове на: { $languages }
catalogue-change_languages = Промени
catalogue-show_all = Покажи всички курсове
catalogue-none_readable = Още няма курс на тези езици.

## date

# Как се пише дата, например 6 декември 2026 г.
date-format = { $day } { $month } { $year } г.
date-day_month = { $day } { $month }
date-month_1 = януари
date-month_2 = февруари
date-month_3 = март
date-month_4 = април
date-month_5 = май
date-month_6 = юни
date-month_7 = юли
date-month_8 = август
date-month_9 = септември
date-month_10 = октомври
date-month_11 = ноември
date-month_12 = декември

## track

track-job-readiness = Подготовка за работа
track-language-for-work = Език за работата
track-digital-skills = Дигитални умения

## course

course-start = Започни курса
course-module = Част { $number }
course-minutes = { $count } мин.
course-fallback = Този курс още не е наличен на български. Показан е на { $language }.

## lesson

lesson-minutes =
    Около { $count ->
        [one] { $count } минута
       *[other] { $count } минути
    }
lesson-previous = Предишен
lesson-next = Следващ
lesson-finished = Стигна до края на този курс.
lesson-also_in = Този урок на:
lesson-fallback = Този урок още не е наличен на български. Показан е на { $language }.
lesson-outdated = Този превод може да изостава от текста на { $language }, който междувременно е променен. Водещ е текстът на { $language }.
lesson-contents = Съдържание на курса

## account

account-nav = Твоят профил
account-sign_in = Влез
account-sign_in_required = Влез, за да видиш тази страница.
account-title = Моят профил
account-sign_out = Излез
account-handle = Име в сайта
account-password = Парола
account-shared_device = Това е общ телефон
account-shared_device_hint = Излизаш автоматично, когато затвориш браузъра, и след 20 минути без използване.
account-no_account = Нова ли си тук?
account-forgot = Забрави ли паролата си?
account-choose_handle = Избери име за този сайт
account-handle_hint = Не истинското ти име, а име, което ще запомниш. От 3 до 32 букви, цифри, точки, тирета или долни черти.
account-choose_password = Избери парола
account-password_hint = Поне 8 знака. Кратко изречение се запомня лесно.
account-role = Роля
account-organisation = Организация
account-cohort = Група
account-change_title = Смяна на паролата
account-change = Смени паролата ми
account-data_title = Твоите данни
account-data_text = Изтегли във файл всичко, което този сайт пази за теб.
account-download = Изтегли данните ми
account-sessions_title = Телефони и компютри, от които си влязла
account-sessions_text = Ако си влязла от друг телефон или компютър и не си сигурна, че си излязла оттам, излез навсякъде.
account-sign_out_everywhere = Излез навсякъде
account-delete_title = Изтриване на профила
account-delete_text = Това изтрива завинаги профила ти и всичко в него. Напиши паролата си, за да потвърдиш.
account-delete = Изтрий профила ми

## join

join-link = Запиши се с код
join-title = Запиши се в група
join-intro = Обучителят ти дава код за записване. Напиши го тук.
join-code = Код за записване
join-code_hint = Например K7MQ-4XPT. Може с главни или с малки букви.
join-continue = Продължи
join-cohort = Записваш се в групата „{ $cohort }“.
join-who_sees = Обучителите ти в { $organisation } ({ $country }) ще виждат името, което избереш в този сайт, че си в тяхната група, и напредъка ти: уроците, които завършваш, дали отговорите ти на въпросите са верни, и дните, в които си била активна. Нищо друго за четенето ти не се записва.
join-no_personal_data = Не питаме за истинското ти име, имейл или телефонен номер. Не ги използвай като име тук.
join-another_code = Не е тази група? Използвай друг код
join-create = Създай профила ми

## reset

reset-link = Нова парола с код от обучителя
reset-title = Задай нова парола
reset-intro = Обучителят ти може да ти даде код за нова парола. С него избираш нова парола. Кодът важи само веднъж.
reset-code = Код за нова парола
reset-submit = Запази новата парола

## safety

safety-link = Безопасност в този сайт
safety-title = Безопасност в този сайт
safety-quick_exit = Бутонът „Бърз изход“ е на всяка страница. Той отваря обикновен сайт вместо този. Ако после натиснеш „Назад“, този сайт няма да се появи отново.
safety-shift = На телефон или компютър с клавиатура същото става, ако натиснеш три пъти клавиша Shift.
safety-history = „Бърз изход“ не изтрива историята на браузъра: там може още да се виждат страници от този сайт. Ако някой може да я погледне, използвай частния режим на браузъра (инкогнито) или изтрий историята.
safety-shared = На общ телефон отбележи „Това е общ телефон“, когато влизаш: ще излезеш автоматично, когато затвориш браузъра. Винаги излизай, когато приключиш.
safety-spyware = Никой сайт не може да се скрие от шпионска програма, инсталирана на самия телефон. Ако мислиш, че някой следи телефона ти, използвай друг телефон и говори с обучителя си.
safety-data = Този сайт пази само името, което си избрала тук, паролата ти във вид, който никой не може да прочете, групата ти и телефоните и компютрите, от които си влязла. Можеш по всяко време да изтеглиш тези данни или да изтриеш профила си от „Моят профил“.

## role

role-learner = Участник
role-trainer = Обучител
role-partner = Автор на курсове
role-admin = Администратор

## trainer

trainer-title = Групи
trainer-no_cohorts = Още няма групи. Създай група по-долу.
trainer-counts =
    { $learners ->
        [one] { $learners } участник
       *[other] { $learners } участници
    } · { $codes ->
        [one] { $codes } активен код за записване
       *[other] { $codes } активни кода за записване
    }
trainer-new_cohort = Нова група
trainer-cohort_name = Име на групата
trainer-cohort_name_hint = Участниците го виждат, когато се записват. Нека е неутрално, например „Група във вторник“.
trainer-create_cohort = Създай групата

## cohort

cohort-codes = Кодове за записване
cohort-codes_text = Дай код на участниците в тази група. Всеки код може да се използва определен брой пъти, докато изтече или докато го отмениш.
cohort-code_open = Активен
cohort-code_used_up = Изчерпан
cohort-code_expired = Изтекъл
cohort-code_revoked = Отменен
cohort-uses_left =
    { $count ->
        [one] остава { $count } използване
       *[other] остават { $count } използвания
    }
cohort-expires = до { $date }
cohort-revoke = Отмени
cohort-uses = Колко души могат да го използват
cohort-days = Колко дни е валиден
cohort-create_code = Създай код за записване
cohort-learners = Участници
cohort-no_learners = Още никой не се е записал.
cohort-joined = в групата от { $date }
cohort-give_reset_code = Дай код за нова парола
cohort-reset_code = Код за нова парола. Показва се само веднъж: дай го на участника лично. Важи веднъж, за 24 часа:

## admin

admin-title = Организации
admin-new_organisation = Нова организация
admin-organisation_name = Име на организацията
admin-country = Държава
admin-country_hint = Код от две букви, например IT, NG или AL.
admin-create_organisation = Създай организацията
admin-new_staff = Нов профил за служител
admin-new_staff_text = Новият профил получава код за активиране, който се показва само веднъж. С този код притежателят на профила задава паролата си на страницата за парола.
admin-no_organisation = Няма (само за администратори)
admin-create_staff = Създай профила
admin-not_active = (паролата още не е зададена)
admin-admins = Администратори
admin-new_setup_code = Нов код за активиране
admin-remove = Премахни
admin-setup_code = Код за активиране. Показва се само веднъж. Важи веднъж, за 24 часа:

## form

form-course_created = Курсът е създаден. Добави модул, после уроци.
form-saved = Запазено. Участниците ще го видят, след като публикуваш.
form-published = Публикувано. Сега участниците четат тази версия.
form-image_added = Изображението е добавено. Кодът му в Markdown е в „Изображения“ в редактора на всеки урок.
form-archive_imported = Архивът е зареден в черновата. Провери я, после публикувай.
form-title_needed = Напиши заглавие.
form-languages_invalid = Напиши кодове на езици, например it, ro, sq, разделени със запетаи.
form-edit_conflict = Докато урокът беше отворен при теб, някой друг го запази.
form-draft_changed = Курсът се промени, след като го отвори. Провери какво е променено, после публикувай отново.
form-not_publishable = Курсът има проблеми. Поправи ги, после публикувай.
form-upload_refused = Файлът не е приет.
form-course_too_big = Курсът би станал твърде голям: най-много 2000 файла и общо 32 MB. Първо махни изображения или уроци.
form-settings_changed = Докато тази страница беше отворена при теб, някой друг промени настройките, затова твоите не са запазени. Ето ги, както са запазени сега: направи промените си отново.
form-text_invalid = Заглавие, резюме или умение съдържа скрит знак (например знак за посока), затова нищо не е запазено. Махни го и запази отново.
form-course_taken = Вече има курс с този адрес и той не е твой. Преименувай папката на курса в архива.
form-draft_exists = Този курс вече има чернова и твоят файл се различава от нея, затова нищо не е променено. За да замениш черновата с файла си, отметни полето и го качи отново (първо изтегли черновата, за да запазиш копие).
form-name_changed = Докато тази страница беше отворена, участникът смени името. Провери новото име, после одобри.
form-name_revealing = Това име показва каква е програмата. То се печата на сертификатите: избери неутрално име, например „Клуб Кариера“.
form-note_missing = Напиши бележка или причина (до 500 знака, на един ред).
form-name_needed = Участникът първо трябва да избере името за печат.
form-name_differs = Това име не е името от сертификата.
form-certificate_name_saved = Запазено. Обучителят ти ще прегледа сертификата ти.
form-certificate_returned = Върнато на участника с бележката ти.
form-certificate_approved = Одобрено. Сертификатът е издаден.
form-certificate_revoked = Сертификатът е отменен.
form-name_matches = Това име е името от сертификата.
form-course_completed = Завършила си курса. Браво!
form-stuck_days_saved = Запазено.
form-wrong = Името или паролата не са верни. Провери ги и опитай отново.
form-wait = Твърде много опити. Изчакай една минута и опитай отново.
form-busy = Сайтът е много натоварен. Опитай пак след малко.
form-too_long = Текстът е твърде дълъг. Напиши по-кратък текст.
form-missing = Попълни всички полета.
form-handle_invalid = За името използвай от 3 до 32 букви, цифри, точки, тирета или долни черти.
form-handle_taken = Някой вече използва това име. Избери друго.
form-password_short = Паролата трябва да има поне 8 знака.
form-code_invalid = Този код не работи. Може да е написан грешно, изчерпан или изтекъл. Попитай обучителя си.
form-reset_invalid = Името или кодът за нова парола не са верни, или кодът е изтекъл.
form-name_invalid = Напиши име от 1 до 80 знака.
form-name_taken = Това име вече се използва.
form-number_invalid = Напиши цяло число в позволените граници.
form-country_invalid = Напиши държавата с код от две букви.
form-organisation_missing = Обучителите и авторите на курсове са към организация: избери една.
form-signed_out = Излезе от профила си.
form-signed_out_everywhere = Излезе от профила си на всички телефони и компютри.
form-password_set = Новата ти парола е зададена. Влез с нея.
form-deleted = Профилът ти и всичко в него са изтрити.
form-cohort_created = Групата е създадена. Сега създай код за записване в нея.
form-code_created = Кодът за записване е готов.
form-organisation_created = Организацията е създадена.
form-staff_removed = Профилът е премахнат.
form-password_changed = Новата ти парола е зададена. Тук оставаш в профила си. На всички други места вече не си в него.

## learner

learner-title = Моите курсове

## home

home-title = Моите курсове
home-continue = Продължи оттам, докъдето стигна
home-in_progress = Започнати курсове
home-nothing_started = Още не си започнала курс. Избери си един от всички курсове.
home-finished = Завършени курсове
home-finished_on = завършен на { $date }
home-left =
    Остават { $lessons ->
        [one] { $lessons } урок
       *[other] { $lessons } урока
    } и { $quizzes ->
        [one] { $quizzes } въпрос
       *[other] { $quizzes } въпроса
    }
home-all_courses = Всички курсове
home-who_sees = Обучителите ти в { $organisation } ({ $country }) виждат напредъка ти: уроците, които завършваш, дали отговорите ти на въпросите са верни, и дните, в които си била активна.

## progress

progress-quizzes = Провери какво научи
progress-tick_all = Отбележи всички верни отговори.
progress-your_answer = Твоят отговор
progress-check = Провери отговора ми
progress-check_signed_out = Провери отговора ми (първо влез)
progress-sign_in_to_answer = Влез, за да проверяваш отговорите си и да пазиш напредъка си.
progress-right = Вярно!
progress-wrong = Още не. Прочети това и опитай отново.
progress-position = Урок { $position } от { $count }
progress-done_count =
    Завършени: { $done } от { $count ->
        [one] { $count } урок
       *[other] { $count } урока
    }
progress-done_next = Готово, към следващия урок
progress-done_finish = Готово, завърши курса
progress-lesson_done = Завършила си този урок.
progress-course_completed = Завършила си този курс.

## group

group-progress = Напредък
group-needs_help = Имат нужда от помощ
group-nobody_needs_help = Няма участници в застой или с трудности.
group-stuck = в застой
group-struggling = с трудности
group-never = никога
group-completed = (завършен)
group-learner = Участник
group-last_activity = Последна активност
group-chart_title = Завършени уроци от групата, по курсове
group-course_bar = { $percent }% · { $completed } завършили
group-download_csv = Изтегли таблицата (CSV)
group-most_missed = Най-често сгрешени въпроси
group-nothing_missed = Още няма сгрешени въпроси.
group-missed_counts =
    сгрешен { $misses ->
        [one] веднъж
       *[other] { $misses } пъти
    } от { $learners ->
        [one] { $learners } участник
       *[other] { $learners } участници
    }
group-stuck_days = След колко дни без активност участникът се отбелязва като „в застой“
group-save_stuck_days = Запази
group-csv_learner = Участник
group-csv_joined = Дата на записване
group-csv_last_activity = Последна активност
group-csv_stuck = В застой
group-csv_struggling = С трудности
group-csv_lessons = { $course }: завършени уроци
group-csv_completed = { $course }: завършен
group-csv_yes = да
group-csv_no = не

## learner_view

learner_view-facts = В групата от { $joined } · последна активност { $last }
learner_view-activity = Активност
learner_view-activity_chart = Отговори и завършени уроци по седмици, последните 12 седмици
learner_view-week_records =
    { $count ->
        [one] { $count } отговор или завършен урок
       *[other] { $count } отговора или завършени урока
    }
learner_view-courses = Курсове
learner_view-nothing_started = Още няма започнат курс.
learner_view-lesson_done = завършен
learner_view-lesson_not_done = още не е завършен
learner_view-not_answered = още без отговор
learner_view-right_after = верен, опити: { $tries }
learner_view-not_right_yet = още не е верен, опити: { $tries }

## certificate

certificate-mine = Моите сертификати
certificate-note_from_trainer = Бележка от обучителя ти:
certificate-name_label = Име за печат на сертификата
certificate-name_hint = Името ти така, както искаш да го прочете работодател. До { $count } знака. Можеш да го промениш, докато сертификатът още не е издаден.
certificate-save_name = Запази името
certificate-open = Отвори сертификата
certificate-status_needs_name = Избери името за печат. След това обучителят ти може да издаде сертификата.
certificate-status_pending = Чака преглед от обучителя ти.
certificate-status_returned = Обучителят ти го върна. Прочети бележката, после запази името отново.
certificate-status_issued = Издаден.
certificate-status_revoked = Оттеглен от твоята организация.
certificate-did_opened = { $date }: курсът е завършен и заявката е отворена.
certificate-did_named = { $date }: { $by } избра името за печат.
certificate-did_returned = { $date }: { $by } върна заявката с бележка.
certificate-did_approved = { $date }: { $by } одобри заявката и сертификатът беше издаден.
certificate-did_revoked = { $date }: { $by } отмени сертификата.
certificate-heading = Сертификат
certificate-awarded_to = С настоящото се удостоверява, че
certificate-completed = завърши курса
certificate-skills = Умения
certificate-course = Курс
certificate-date = Дата
certificate-issued_by = Издаден от
certificate-code = Код за проверка
certificate-verify_page = Страница за проверка
certificate-verify_at = Този сертификат може да бъде проверен на
certificate-qr_label = QR код, който отваря страницата за проверка
certificate-download_pdf = Изтегли PDF файла
certificate-download_credential = Изтегли дигиталната значка
certificate-credential_hint = Дигиталната значка е подписан файл (Open Badges 3.0). Можеш да я пазиш в портфейл за значки или да я изпратиш на работодател. В нея няма нито името ти, нито профила ти.
certificate-print_hint = За да печаташ, използвай „Печат“ в браузъра: отпечатва се само сертификатът.
certificate-criteria = Завършени са всички уроци от курса и въпросите в тях; сертификатът е прегледан и одобрен от обучител.

## review

review-title = Сертификати за преглед
review-open = Чакат решение
review-decided = Решени
review-none_open = Няма чакащи заявки.
review-none_decided = Още няма решения.
review-waiting_for_name = Чака се участникът да избере името за печат.
review-opened_on = отворена на { $date }
review-no_name_yet = Името за печат още не е избрано. Можеш да одобриш, след като участникът го избере.
review-name_to_print = Име за печат:
review-decide = Реши
review-approve = Одобри и издай сертификата
review-return = Върни с бележка
review-note_label = Бележка за участника
review-reason_hint = Участникът ще я прочете. До { $count } знака.
review-revoke = Отмени сертификата
review-revoke_text = Страницата за проверка ще показва, че сертификатът е отменен, и на коя дата.
review-reason_label = Причина (пази се заедно с решението)
review-evidence = Уроци и резултати от тестовете
review-no_evidence = За този курс няма записани уроци или отговори.
review-withdrawn_evidence = Този курс беше оттеглен, след като участникът го завърши: уроците му и отговорите на участника вече не се показват тук.
review-all_progress = Целият напредък на този участник
review-decisions = История

## verify

verify-title = Проверка на сертификат
verify-code_label = Код за проверка
verify-code_hint = 12-те букви и цифри, отпечатани под QR кода, например K7MQ-4XPT-9B2D.
verify-check = Провери
verify-unknown = Няма сертификат с този код. Провери кода и го напиши отново.
verify-withdrawn = Този сертификат е оттеглен от притежателя му.
verify-valid = Този сертификат е валиден.
verify-revoked = На { $date } този сертификат е отменен.
verify-name_heading = Проверка на името
verify-name_text = Името на притежателя не се показва тук. Напиши името, което са ти дали, за да провериш дали е името от сертификата.
verify-name_label = Име
verify-check_name = Провери името

## partner

partner-title = Моите курсове

## author

author-no_drafts = Още няма курсове. Създай курс по-долу или качи архив.
author-published_version = Публикувана е версия { $version }
author-never_published = Още не е публикуван
author-changed_on = променен на { $date }
author-new_course = Нов курс
author-create = Създай курса
author-course_title = Заглавие
author-track = Направление
author-default_language = Основен език
author-other_languages = Други езици
author-languages_hint = Кодове на езици, разделени със запетаи, например: it, ro. Остави празно, ако курсът е на един език.
author-upload_archive = Качи архив на курс
author-upload_archive_hint = Файл .zip с една папка на курс, както го изтегляш оттук или го пазиш в git. Създава чернова; заменя черновата на същия курс само ако отметнеш полето.
author-replace_draft = Замени черновата на курса, ако има такава
author-archive_file = Архив (.zip)
author-upload = Качи
author-settings = Настройки
author-download_archive = Изтегли като .zip
author-contents = Съдържание
author-add_module = Добави модул
author-module_title = Заглавие на модула
author-add_lesson = Добави урок
author-lesson_title = Заглавие на урока
author-written = написан
author-missing = липсва
author-outdated = остарял
author-move_up = Премести нагоре
author-move_down = Премести надолу
author-remove = Премахни
author-problems = Проблеми за поправяне
author-line = ред { $line }
author-images = Изображения
author-images_hint = PNG, JPEG, WebP, GIF или обикновен SVG, най-много 512 KB и 4 милиона пиксела. Винаги описвай изображението в текста на Markdown.
author-image_file = Изображение
author-publish = Публикувай
author-fix_problems_first = Първо поправи проблемите по-горе: може да се публикува само курс без проблеми.
author-nothing_changed = Нищо не е променено спрямо версията, която участниците четат.
author-first_version = Първа версия: всички уроци са нови за участниците.
author-lessons_added = Нови уроци:
author-lessons_removed = Премахнати уроци:
author-lessons_changed = Променени уроци:
author-quizzes_changed = Променени тестове в:
author-lessons_moved = Преместени уроци:
author-settings_changed = Променени са заглавия, резюме или настройки.
author-progress_kept = Участниците запазват напредъка си: уроците запазват своите id.
author-publish_version = Публикувай версия { $version }
author-versions = Версии
author-version_by = Версия { $version }, публикувана от { $handle } на { $date }
author-current = Тази версия четат участниците
author-publish_again = Публикувай отново тази версия
author-visibility = Кой има достъп до курса
author-visible_everyone = Участниците от всички организации
author-visible_organisation = Само участниците от нашата организация
author-summary = Резюме
author-certificate_title = Заглавие на сертификата
author-certificate_title_hint = Остави празно, за да се използва заглавието на курса. Никога не споменавай програмата.
author-skills = Умения на сертификата
author-skills_hint = По едно умение на ред, най-много 8.
author-module_named = Заглавия на модула: { $id }
author-pass_mark = Минимален резултат (%)
author-pass_mark_hint = Процент от тестовете, на които трябва да се отговори вярно, за да се завърши курсът: от 0 до 100.
author-save = Запази
author-back_to_course = Обратно към курса
author-outdated_notice = Текстът на { $language } е променен, след като този превод е запазен. Сравни превода с текста до него, после запази.
author-conflict = Докато урокът беше отворен при теб, някой друг го запази. Твоят текст е в полето, а запазеният текст е по-долу. Обедини ги, после запази.
author-not_saved = Текстът ти не е запазен (причината е по-горе). Той е в полето, а запазеният текст е по-долу. Поправи го, после запази.
author-their_text = Запазеният текст
author-original = Текстът на { $language }
author-image_markdown_hint = Копирай ред в текста там, където трябва да е картинката, и опиши картинката между квадратните скоби.
author-minutes = Минути за четене
author-lesson_text = Текст (Markdown)
author-lesson_text_hint = Използвай ## за раздели. Тестовете са блокове, които започват с ```quiz (виж ръководството за формата на курсовете).
author-save_and_preview = Запази и прегледай
author-preview = Преглед
author-preview_notice = Преглед: участниците ще видят това, след като публикуваш.
author-back_to_editor = Обратно към редактора
author-cannot_preview = Този урок още не може да се покаже:

## refused

refused-not_a_zip = Файлът не е архив .zip.
refused-no_manifest = Папката на курса в архива няма course.toml, затова не е курс.
refused-too_big = Архивът е твърде голям: ограничението е { $limit }.
refused-too_many_entries = Архивът съдържа твърде много файлове: ограничението е { $limit }.
refused-course_too_big = Курсът е твърде голям: ограничението е { $limit }.
refused-bad_name = { $entry }: това име не може да се използва в курс.
refused-absolute_path = { $entry }: пътят започва от корена. Пътищата трябва да остават в папката на курса.
refused-traversal = { $entry }: пътят излиза от папката на курса (..).
refused-link = { $entry }: това е връзка. Вместо нея копирай файла в курса.
refused-not_a_file = { $entry }: не е обикновен файл.
refused-encrypted = { $entry }: шифрован е. Качи го без парола.
refused-unsupported = { $entry }: компресиран е по начин, който този сайт не чете. Направи .zip файла отново.
refused-damaged = { $entry }: повреден е. Направи .zip файла отново.
refused-duplicate = { $entry }: има го два пъти в архива.
refused-not_one_course_folder = Архивът трябва да съдържа точно една папка на курс и всичко да е в нея.
refused-bad_slug = { $entry }: името на папката на курса може да съдържа само малки латински букви, цифри и тирета.
refused-file_too_big = { $entry }: твърде голям; ограничението е { $limit }.
refused-bomb = { $entry }: при разархивиране става много по-голям от размера си. Не е прочетен.
refused-unknown_type = { $entry }: не е изображение PNG, JPEG, WebP, GIF или SVG.
refused-not_what_it_says = { $entry }: съдържанието не отговаря на името.
refused-too_many_pixels = { $entry }: твърде много пиксели; ограничението е { $limit }.
refused-unreadable = { $entry }: изображението не може да се прочете.
refused-unsafe_svg = { $entry }: SVG файлът съдържа нещо, което не е обикновена рисунка ({ $limit }).

## problem

problem-course_folder_is_link = папката на курса е символна връзка; курсът трябва да е обикновена папка
problem-course_not_folder = курсът не е папка
problem-cannot_read = не може да се прочете: { $error }
problem-too_many_files = курсът съдържа повече от { $limit } файла и папки; това е ограничението
problem-name_not_utf8 = името не е текст в UTF-8
problem-file_is_link = `{ $path }` е символна връзка; курсът може да съдържа само обикновени файлове
problem-file_is_pipe = `{ $path }` е именуван канал (named pipe); курсът може да съдържа само обикновени файлове
problem-file_is_socket = `{ $path }` е сокет; курсът може да съдържа само обикновени файлове
problem-file_is_device = `{ $path }` е устройство; курсът може да съдържа само обикновени файлове
problem-file_not_ordinary = `{ $path }` не е обикновен файл; курсът може да съдържа само обикновени файлове
problem-course_too_big = курсът е по-голям от общо { $limit } MB; това е ограничението
problem-file_holds_file = `{ $parent }` е файл, затова не може да съдържа `{ $path }`
problem-folder_not_file = `{ $path }` е папка, затова не може да е файл
problem-path_empty = файлът трябва да има име
problem-path_absolute = `{ $path }` е абсолютен път; курсът съдържа относителни пътища
problem-path_control = `{ $path }` има в името си обратна наклонена черта или управляващ знак
problem-path_dots = `{ $path }` има празно име или име `.` или `..`; курсът съдържа само обикновени относителни пътища
problem-media_too_big = файлът е { $size } KB; ограничението е { $limit } KB, защото участниците плащат за всеки байт
problem-file_too_big = файлът е { $size } KB; ограничението е { $limit } KB
problem-file_changed = файлът се промени, докато се четеше; опитай отново
problem-file_over_limit = файлът съдържа повече, отколкото показва размерът му, и повече от ограничението от { $limit } KB
problem-folder_not_module = папката `{ $folder }` не е модул, деклариран в course.toml
problem-lesson_id_taken = id на урок `{ $id }` вече се използва от { $path }
problem-no_front_matter = урокът започва с начален блок между два реда `+++` (id, title, minutes)
problem-lesson_id_invalid = id на урок `{ $id }` може да съдържа само малки латински букви, цифри и тирета
problem-lesson_title_empty = заглавието на урока е празно
problem-lesson_title_hidden = заглавието на урока съдържа управляващ знак или знак за посока на текста; премахни го
problem-minutes_range = минутите (minutes) трябва да са от 1 до 120
problem-translation_missing = урокът `{ $id }` няма превод на `{ $language }` в { $folder }
problem-translation_other_module = урокът `{ $id }` е в модул `{ $module }` тук, но в модул `{ $original }` на `{ $language }`
problem-translation_without_original = урокът `{ $id }` не съществува на основния език `{ $language }`
problem-image_unknown_type = изображение `{ $url }`: могат да се използват само картинки PNG, JPEG, WebP, GIF и SVG; запази го в един от тези формати
problem-image_other_kind = изображение `{ $url }`: според името е { $expected }, но съдържа картинка { $found }; запази го отново като { $expected } или му дай правилното разширение
problem-image_no_picture = изображение `{ $url }`: според името е { $expected }, но не съдържа картинка (а текст, уеб страница или друг вид файл)
problem-image_too_many_pixels = изображение `{ $url }`: картинката е { $width } × { $height } пиксела; ограничението е { $side } на страна и общо { $millions } милиона, затова я намали
problem-image_unreadable = изображение `{ $url }`: картинката не може да се прочете, защото файлът е непълен или повреден; запази я отново
problem-svg_dtd = изображение `{ $url }`: рисунката декларира DTD (`{ $found }`); премахни този ред
problem-svg_not_xml = изображение `{ $url }`: рисунката не е правилно оформен XML ({ $found })
problem-svg_instruction = изображение `{ $url }`: рисунката има инструкция за обработка `{ $found }`; експортирай я отново като обикновен SVG
problem-svg_foreign_element = изображение `{ $url }`: рисунката има елемент `{ $found }`, който не е SVG (данни от редактора или вградена уеб страница); експортирай я отново като обикновен SVG
problem-svg_script = изображение `{ $url }`: рисунката има елемент `{ $found }`; картинката не може да изпълнява код
problem-svg_foreign_object = изображение `{ $url }`: рисунката има елемент `{ $found }`, който може да съдържа уеб страница
problem-svg_link = изображение `{ $url }`: рисунката има връзка (`{ $found }`); картинката не може да сочи към друго място
problem-svg_loads_file = изображение `{ $url }`: рисунката зарежда друг файл (`{ $found }`); вместо това сложи картинката в урока
problem-svg_animated = изображение `{ $url }`: рисунката е анимирана (`{ $found }`); приемат се само неподвижни рисунки
problem-svg_element = изображение `{ $url }`: рисунката има елемент `{ $found }`, който не е обикновена рисунка; експортирай я отново като обикновен SVG
problem-svg_event_handler = изображение `{ $url }`: рисунката има обработчик на събития (`{ $found }`); картинката не може да изпълнява код
problem-svg_external_link = изображение `{ $url }`: рисунката сочи към `{ $found }`, извън рисунката
problem-svg_attribute = изображение `{ $url }`: рисунката има атрибут, който не е атрибут за рисуване (`{ $found }`); експортирай я отново като обикновен SVG
problem-svg_css_escape = изображение `{ $url }`: стилът в `{ $found }` крие знаци зад екраниране с `\`
problem-svg_css_at_rule = изображение `{ $url }`: стилът в `{ $found }` има at-правило, например `@import`
problem-svg_css_function = изображение `{ $url }`: стилът в `{ $found }` използва `{ $function }`, което не е цвят или трансформация
problem-image_too_big = изображение `{ $url }`: файлът е { $size } KB; ограничението е { $limit } KB, защото участниците плащат за всеки байт
problem-link_scheme = връзката `{ $url }` не е разрешена: връзката може да сочи към урок (.md), уеб страница (https://) или имейл адрес (mailto:)
problem-link_no_lesson = връзката `{ $url }` не сочи към урок от този курс: връзката може да сочи към урок (.md), уеб страница (https://) или имейл адрес (mailto:)
problem-image_elsewhere = изображението `{ $url }` трябва да е файл в папката на курса: изображение от друг сайт би накарало телефоните на участниците да се свързват с този сайт
problem-image_missing = изображението `{ $url }` не съществува
problem-not_relative = `{ $url }` трябва да е път спрямо файла на урока, например `images/photo.png` или `02-next.md`
problem-outside_course = `{ $url }` сочи извън папката на курса
problem-quiz_id_taken = id на теста `{ $id }` вече се използва в { $place }
problem-quiz_out_of_order = тук е тестът `{ $id }`, а на това място в `{ $language }` е тестът `{ $original }`: преводът има същите тестове, в същия ред
problem-quiz_missing = тестът `{ $id }` от `{ $language }` липсва в този превод
problem-quiz_not_in_original = тестът `{ $id }` липсва в `{ $language }`: преводът има същите тестове, в същия ред
problem-quiz_option_count =
    тестът `{ $id }` има тук { $count ->
        [one] { $count } възможен отговор
       *[other] { $count } възможни отговора
    }, а в `{ $language }` – { $original }
problem-option_right_here = този отговор е отбелязан като верен `[x]` тук, но като грешен `[ ]` в `{ $language }`: на всеки език верни са едни и същи отговори
problem-option_wrong_here = този отговор е отбелязан като грешен `[ ]` тук, но като верен `[x]` в `{ $language }`: на всеки език верни са едни и същи отговори
problem-quiz_typed_here = тестът `{ $id }` има отговори за отбелязване в `{ $language }`, но тук има отговор за писане
problem-quiz_options_here = тестът `{ $id }` има отговор за писане в `{ $language }`, но тук има отговори за отбелязване
problem-quiz_no_id = тестът трябва да има id след думата quiz, например ```quiz first-day
problem-quiz_id_invalid = id на теста `{ $id }` може да съдържа само малки латински букви, цифри и тирета
problem-quiz_stray_block = това не е част от тест: тестът съдържа въпрос, после списък с отговори (`- [x]`, `- [ ]`) или с приети отговори (`- = ...`), после по желание обяснение с `>`
problem-quiz_no_question = тестът няма въпрос: напиши го първо, като ред текст преди списъка
problem-quiz_no_options = тестът няма отговори за отбелязване (`- [x]`, `- [ ]`) и няма приети отговори (`- = ...`)
problem-option_empty = този отговор няма текст: напиши го след `[x]` или `[ ]`
problem-option_stray_block = под отговора може да има само обратна връзка за него, като цитат с `>`
problem-answer_empty = този приет отговор е празен: напиши го след `=`
problem-answer_too_long = този приет отговор е по-дълъг от { $limit } знака: отговорът за писане трябва да е кратък
problem-answer_stray_block = под приетия отговор не може да има нищо: пиши обясненията в цитат с `>` след списъка
problem-item_unmarked = всеки елемент от списъка започва с `[x]` (верен), `[ ]` (грешен) или `=` (приет отговор), после интервал
problem-quiz_mixed = списъкът смесва отговори за отбелязване (`[x]`, `[ ]`) и приети отговори (`=`): тестът има или едните, или другите
problem-quiz_one_option = тестът има само един отговор: дай поне два или приеми отговор за писане с `- = ...`
problem-quiz_none_right = нито един отговор не е отбелязан като верен: отбележи верния с `[x]`
problem-toml_invalid = настройките не могат да се прочетат: { $detail }
problem-version_zero = version трябва да е 1 или повече
problem-pass_mark_range = pass_mark е процент от тестовете: от 0 до 100
problem-track_unknown = непознато направление `{ $track }`: използвай едно от тези: { $known }
problem-languages_empty = посочи поне един език
problem-language_invalid = `{ $language }` не е код на език като `en` или `it`
problem-language_twice = езикът `{ $language }` е посочен два пъти
problem-default_language_unlisted = основният език `{ $language }` не е в `languages`
problem-module_id_invalid = id на модула `{ $id }` може да съдържа само малки латински букви, цифри и тирета
problem-module_id_twice = id на модула `{ $id }` се използва два пъти
problem-modules_empty = декларирай поне един запис [[modules]]
problem-skills_missing = уменията на сертификата нямат списък на `{ $language }`
problem-skills_extra_language = уменията на сертификата имат списък на `{ $language }`, но `{ $language }` не е в `languages`
problem-skills_too_many = умения на сертификата на `{ $language }`: най-много { $limit }, за да се съберат на една страница
problem-skill_invalid = умението на сертификата `{ $skill }` на `{ $language }`: трябва да е един ред от 1 до { $limit } знака
problem-reveals_programme = `{ $words }` се печата на сертификатите и съдържа `{ $word }`: сертификатите никога не назовават програмата
problem-text_missing = `{ $field }` няма текст на `{ $language }`
problem-text_hidden = `{ $field }` на `{ $language }` съдържа управляващ знак или знак за посока на текста; премахни го
problem-text_extra_language = `{ $field }` има текст на `{ $language }`, но `{ $language }` не е в `languages`
problem-catalogue_link = `{ $path }` е символна връзка; курсът трябва да е обикновена папка в каталога
problem-slug_invalid = папката на курса `{ $slug }` може да съдържа само малки латински букви, цифри и тирета
problem-language_no_folder = езикът `{ $language }` е посочен, но няма папка `{ $language }/`
problem-no_lessons = курсът няма уроци
problem-file_missing = файлът липсва
problem-file_not_utf8 = файлът не е текст в UTF-8
