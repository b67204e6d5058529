# Ndërfaqja në shqip: një mesazh për çdo tekst që lexon një person.
# Formati: Project Fluent (https://projectfluent.org), siç e redaktojnë Weblate dhe Pontoon.

## language

# Emri i kësaj gjuhe, i shkruar në të: lista e gjuhëve e tregon çdo gjuhë me emrin e saj.
language-name = Shqip
language-title = Gjuhët
language-interface = Gjuha e faqeve
language-current = { $language } (tani)
language-unknown = Gjuha «{ $code }» nuk ekziston në këtë sajt. Zgjidh një nga këto:
language-reading_title = Gjuhët që lexon
language-reading_text = Shëno çdo gjuhë që di të lexosh. Çdo kurs shfaqet në gjuhën e parë nga këto në të cilën është shkruar. Lista e kurseve tregon vetëm këto kurse.
language-reading_best = Gjuha që lexon më mirë
language-reading_also = Gjuhë të tjera që lexon
language-reading_save = Ruaj
language-reading_all = Nuk ke zgjedhur ende: shfaqen të gjitha kurset.

## site

site-skip_to_content = Kalo te përmbajtja
site-quick_exit = Dalje e shpejtë
site-languages = Gjuhët
site-not_found_title = Faqja nuk u gjet
site-not_found_text = Kjo faqe nuk ekziston, ose është zhvendosur.
site-back_to_courses = Kthehu te të gjitha kurset
site-unavailable = Diçka nuk shkoi mirë nga ana jonë. Të lutem provo përsëri pas pak.
site-forbidden_title = Hyrja nuk lejohet
site-forbidden_text = Me llogarinë tënde nuk mund ta hapësh këtë faqe.
site-wait_title = Shumë përpjekje

## catalogue

catalogue-title = Kurset
catalogue-intro = Mësime të shkurtra që mund t'i lexosh në telefon, me ritmin tënd.
catalogue-lessons =
    { $count ->
        [one] { $count } mësim
       *[other] { $count } mësime
    }
catalogue-minutes =
    rreth { $count ->
        [one] { $count } minutë
       *[other] { $count } minuta
    }
catalogue-in_languages = Në gjuhët: { $languages }
catalogue-empty = Ende nuk ka kurse.
catalogue-filtered = Kurse në gjuhët: { $languages }
catalogue-change_languages = Ndrysho
catalogue-show_all = Shfaq të gjitha kurset
catalogue-none_readable = Ende nuk ka asnjë kurs në këto gjuhë.

## date

# Si shkruhet një datë, për shembull 6 dhjetor 2026.
date-format = { $day } { $month } { $year }
date-day_month = { $day } { $month }
date-month_1 = janar
date-month_2 = shkurt
date-month_3 = mars
date-month_4 = prill
date-month_5 = maj
date-month_6 = qershor
date-month_7 = korrik
date-month_8 = gusht
date-month_9 = shtator
date-month_10 = tetor
date-month_11 = nëntor
date-month_12 = dhjetor

## track

track-job-readiness = Përgatitje për punë
track-language-for-work = Gjuha për punë
track-digital-skills = Aftësi digjitale

## course

course-start = Fillo kursin
course-module = Pjesa { $number }
course-minutes = { $count } min
course-fallback = Ky kurs nuk është ende në shqip. Po shfaqet në { $language }.

## lesson

lesson-minutes =
    Rreth { $count ->
        [one] { $count } minutë
       *[other] { $count } minuta
    }
lesson-previous = Mësimi i mëparshëm
lesson-next = Mësimi tjetër
lesson-finished = Ke arritur në fund të këtij kursi.
lesson-also_in = Ky mësim është edhe në:
lesson-fallback = Ky mësim nuk është ende në shqip. Po shfaqet në { $language }.
lesson-outdated = Ky përkthim mund të mos jetë i përditësuar: teksti në { $language } ka ndryshuar që atëherë. Teksti në { $language } është ai që vlen.
lesson-contents = Përmbajtja e kursit

## account

account-nav = Llogaria jote
account-sign_in = Hyr
account-sign_in_required = Të lutem hyr për të parë këtë faqe.
account-title = Llogaria ime
account-sign_out = Dil
account-handle = Emri në këtë sajt
account-password = Fjalëkalimi
account-shared_device = Ky telefon është i përbashkët
account-shared_device_hint = Dalja bëhet automatikisht kur mbyll shfletuesin, dhe pas 20 minutash pa përdorim.
account-no_account = Je e re këtu?
account-forgot = E harrove fjalëkalimin?
account-choose_handle = Zgjidh një emër për këtë sajt
account-handle_hint = Jo emrin tënd të vërtetë: çdo emër që do ta mbash mend. Nga 3 deri në 32 shkronja, shifra, pika, viza ose viza të poshtme.
account-choose_password = Zgjidh një fjalëkalim
account-password_hint = Të paktën 8 karaktere. Një fjali e shkurtër mbahet mend lehtë.
account-role = Roli
account-organisation = Organizata
account-cohort = Grupi
account-change_title = Ndrysho fjalëkalimin
account-change = Ndrysho fjalëkalimin
account-data_title = Të dhënat e tua
account-data_text = Shkarko në një skedar gjithçka që ky sajt ruan për ty.
account-download = Shkarko të dhënat e mia
account-sessions_title = Telefonat dhe kompjuterët ku ke hyrë
account-sessions_text = Nëse ke hyrë në një telefon ose kompjuter tjetër dhe nuk je e sigurt që ke dalë prej andej, dil kudo.
account-sign_out_everywhere = Dil kudo
account-delete_title = Fshi llogarinë time
account-delete_text = Kjo fshin përgjithmonë llogarinë tënde dhe gjithçka që ajo përmban. Shkruaj fjalëkalimin për ta konfirmuar.
account-delete = Fshi llogarinë time

## join

join-link = Bashkohu me një kod
join-title = Bashkohu me një grup
join-intro = Trajnerja jote të jep një kod grupi. Shkruaje këtu.
join-code = Kodi i grupit
join-code_hint = Për shembull K7MQ-4XPT. Mund ta shkruash me shkronja të mëdha ose të vogla.
join-continue = Vazhdo
join-cohort = Po bashkohesh me grupin «{ $cohort }».
join-who_sees = Trajneret e tua në { $organisation } ({ $country }) do të shohin emrin që zgjedh në këtë sajt, që je në grupin e tyre, dhe ecurinë tënde: mësimet që mbaron, nëse përgjigjet e tua për pyetjet janë të sakta, dhe ditët kur ke qenë aktive. Nuk regjistrohet asgjë tjetër për atë që lexon.
join-no_personal_data = Nuk të kërkojmë emrin e vërtetë, email-in ose numrin e telefonit. Mos i përdor ato si emër këtu.
join-another_code = Nuk është ky grupi? Përdor një kod tjetër
join-create = Krijo llogarinë time

## reset

reset-link = Vendos një fjalëkalim të ri me një kod nga trajnerja
reset-title = Vendos një fjalëkalim të ri
reset-intro = Trajnerja jote mund të të japë një kod rivendosjeje. Me këtë kod zgjedh një fjalëkalim të ri. Kodi vlen vetëm një herë.
reset-code = Kodi i rivendosjes
reset-submit = Ruaj fjalëkalimin e ri

## safety

safety-link = Si të jesh e sigurt në këtë sajt
safety-title = Si të jesh e sigurt në këtë sajt
safety-quick_exit = Butoni Dalje e shpejtë, në çdo faqe, hap një sajt të zakonshëm në vend të këtij. Nëse shtyp butonin Prapa, ky sajt nuk shfaqet përsëri.
safety-shift = Në telefon ose kompjuter me tastierë, po të shtypësh tri herë tastin Shift, ndodh e njëjta gjë.
safety-history = Dalja e shpejtë nuk e fshin historikun e shfletuesit: faqet e këtij sajti që ke hapur më parë mund të duken ende aty. Nëse dikush mund ta shohë, përdor shfletimin privat ose fshi historikun.
safety-shared = Në një telefon të përbashkët, kur hyn, shëno "Ky telefon është i përbashkët": dalja bëhet automatikisht kur mbyll shfletuesin. Dil gjithmonë kur mbaron.
safety-spyware = Asnjë sajt nuk mund të fshihet nga programet spiune që janë instaluar në vetë telefonin. Nëse mendon se dikush e përgjon telefonin tënd, përdor një telefon tjetër dhe fol me trajneren tënde.
safety-data = Ky sajt ruan vetëm emrin që zgjodhe këtu, fjalëkalimin në një formë që askush nuk mund ta lexojë, grupin tënd dhe hyrjet e tua të hapura. Mund t'i shkarkosh këto të dhëna ose ta fshish llogarinë kur të duash, te Llogaria ime.

## role

role-learner = Pjesëmarrëse
role-trainer = Trajner
role-partner = Autor kursesh
role-admin = Administrator

## trainer

trainer-title = Grupet
trainer-no_cohorts = Ende nuk ka grupe. Krijo një më poshtë.
trainer-counts =
    { $learners ->
        [one] { $learners } pjesëmarrëse
       *[other] { $learners } pjesëmarrëse
    } · { $codes ->
        [one] { $codes } kod grupi aktiv
       *[other] { $codes } kode grupi aktive
    }
trainer-new_cohort = Grup i ri
trainer-cohort_name = Emri i grupit
trainer-cohort_name_hint = Pjesëmarrëset e shohin kur bashkohen. Zgjidh një emër neutral, për shembull "Klasa e së martës".
trainer-create_cohort = Krijo grupin

## cohort

cohort-codes = Kodet e grupit
cohort-codes_text = Jepu pjesëmarrëseve të këtij grupi një kod. Çdo kod mund të përdoret një numër të caktuar herësh, derisa të skadojë ose derisa ta anulosh.
cohort-code_open = Aktiv
cohort-code_used_up = I përdorur plotësisht
cohort-code_expired = I skaduar
cohort-code_revoked = I anuluar
cohort-uses_left =
    { $count ->
        [one] edhe { $count } përdorim
       *[other] edhe { $count } përdorime
    }
cohort-expires = deri më { $date }
cohort-revoke = Anulo
cohort-uses = Sa persona mund ta përdorin
cohort-days = Për sa ditë vlen
cohort-create_code = Krijo një kod grupi
cohort-learners = Pjesëmarrëset
cohort-no_learners = Ende nuk është bashkuar askush.
cohort-joined = u bashkua më { $date }
cohort-give_reset_code = Jep një kod për rivendosjen e fjalëkalimit
cohort-reset_code = Kodi i rivendosjes, shfaqet vetëm një herë: jepja pjesëmarrëses ballë për ballë. Vlen një herë, për 24 orë:

## admin

admin-title = Organizatat
admin-new_organisation = Organizatë e re
admin-organisation_name = Emri i organizatës
admin-country = Shteti
admin-country_hint = Kod me dy shkronja, për shembull IT, NG ose AL.
admin-create_organisation = Krijo organizatën
admin-new_staff = Llogari e re për stafin
admin-new_staff_text = Llogaria e re merr një kod aktivizimi, që shfaqet vetëm një herë. Me këtë kod, personi që do ta përdorë llogarinë vendos fjalëkalimin në faqen e fjalëkalimit.
admin-no_organisation = Asnjë (vetëm për administratorët)
admin-create_staff = Krijo llogarinë
admin-not_active = (fjalëkalimi nuk është vendosur ende)
admin-admins = Administratorët
admin-new_setup_code = Kod i ri aktivizimi
admin-remove = Hiq
admin-setup_code = Kodi i aktivizimit, shfaqet vetëm një herë. Vlen një herë, për 24 orë:

## form

form-course_created = Kursi u krijua. Shto një modul, pastaj mësimet.
form-saved = U ruajt. Pjesëmarrëset do ta shohin pasi ta publikosh.
form-published = U publikua. Pjesëmarrëset tani lexojnë këtë version.
form-image_added = Imazhi u shtua. Kodi i tij Markdown është te Imazhet, në redaktorin e çdo mësimi.
form-archive_imported = Arkivi u ngarkua në skicë. Kontrolloje, pastaj publikoje.
form-title_needed = Shkruaj një titull.
form-languages_invalid = Shkruaj kode gjuhësh si it, ro, sq, të ndara me presje.
form-edit_conflict = Dikush tjetër e ka ruajtur këtë mësim pasi e hape.
form-draft_changed = Kursi ka ndryshuar që kur e pe. Kontrollo çfarë ndryshon, pastaj publikoje përsëri.
form-not_publishable = Kursi ka probleme. Rregulloji, pastaj publikoje.
form-upload_refused = Skedari u refuzua.
form-course_too_big = Kursi do të ishte shumë i madh: jo më shumë se 2.000 skedarë dhe 32 MB gjithsej. Hiq fillimisht disa imazhe ose mësime.
form-settings_changed = Dikush i ndryshoi cilësimet pasi e hape këtë faqe, prandaj cilësimet e tua nuk u ruajtën. Ja si janë ruajtur tani: bëji përsëri ndryshimet e tua.
form-text_invalid = Një titull, një përmbledhje ose një aftësi ka një karakter të fshehur (për shembull një karakter drejtimi), prandaj nuk u ruajt asgjë. Hiqe dhe ruaje përsëri.
form-course_taken = Ekziston tashmë një kurs me këtë adresë dhe nuk është i yti. Ndrysho emrin e dosjes së kursit në arkiv.
form-draft_exists = Ky kurs ka tashmë një skicë, dhe skedari yt është i ndryshëm, prandaj nuk u ndryshua asgjë. Për ta zëvendësuar skicën me skedarin tënd, shëno kutinë dhe ngarkoje përsëri (shkarko më parë skicën për të mbajtur një kopje).
form-name_changed = Pjesëmarrësja e ka ndryshuar emrin pasi e hape këtë faqe. Kontrollo emrin e ri, pastaj miratoje.
form-name_revealing = Ky emër tregon se çfarë programi është. Ai shtypet në certifikata: zgjidh një emër neutral, për shembull 'Punë në Port'.
form-note_missing = Shkruaj një shënim ose një arsye (deri në 500 karaktere, në një rresht).
form-name_needed = Pjesëmarrësja duhet të zgjedhë fillimisht emrin që do të shtypet.
form-name_differs = Ky emër nuk është ai që shkruhet në certifikatë.
form-certificate_name_saved = U ruajt. Trajnerja jote do ta shqyrtojë certifikatën tënde.
form-certificate_returned = Iu kthye pjesëmarrëses me shënimin tënd.
form-certificate_approved = U miratua. Certifikata u lëshua.
form-certificate_revoked = Certifikata u anulua.
form-name_matches = Ky emër është ai që shkruhet në certifikatë.
form-course_completed = E përfundove kursin. Të lumtë!
form-stuck_days_saved = U ruajt.
form-wrong = Emri ose fjalëkalimi nuk është i saktë. Kontrolloji të dy dhe provo përsëri.
form-wait = Shumë përpjekje. Prit një minutë, pastaj provo përsëri.
form-busy = Sajti është shumë i ngarkuar. Të lutem provo përsëri pas pak.
form-too_long = Teksti është shumë i gjatë. Të lutem shkruaj një tekst më të shkurtër.
form-missing = Të lutem plotëso të gjitha fushat.
form-handle_invalid = Për emrin përdor nga 3 deri në 32 shkronja, shifra, pika, viza ose viza të poshtme.
form-handle_taken = Këtë emër e përdor tashmë dikush tjetër. Të lutem zgjidh një emër tjetër.
form-password_short = Fjalëkalimi duhet të ketë të paktën 8 karaktere.
form-code_invalid = Ky kod nuk funksionon. Mund të jetë shkruar gabim, të jetë përdorur plotësisht ose të ketë skaduar. Pyet trajneren tënde.
form-reset_invalid = Emri ose kodi i rivendosjes nuk është i saktë, ose kodi ka skaduar.
form-name_invalid = Të lutem shkruaj një emër nga 1 deri në 80 karaktere.
form-name_taken = Ky emër përdoret tashmë.
form-number_invalid = Të lutem shkruaj një numër të plotë brenda kufijve të lejuar.
form-country_invalid = Të lutem shkruaj shtetin me një kod me dy shkronja.
form-organisation_missing = Trajnerët dhe autorët e kurseve i përkasin një organizate: të lutem zgjidh një.
form-signed_out = Ke dalë.
form-signed_out_everywhere = Ke dalë nga të gjithë telefonat dhe kompjuterët.
form-password_set = Fjalëkalimi i ri u vendos. Hyr me të.
form-deleted = Llogaria jote dhe gjithçka që ajo përmbante u fshinë.
form-cohort_created = Grupi u krijua. Tani krijo një kod grupi për të.
form-code_created = Kodi i grupit është gati.
form-organisation_created = Organizata u krijua.
form-staff_removed = Llogaria u hoq.
form-password_changed = Fjalëkalimi i ri u vendos. Këtu vazhdon të jesh brenda; nga telefonat dhe kompjuterët e tjerë ke dalë.

## learner

learner-title = Kurset e mia

## home

home-title = Kurset e mia
home-continue = Vazhdo aty ku e le
home-in_progress = Kurset që ke filluar
home-nothing_started = Nuk ke filluar ende asnjë kurs. Zgjidh një nga të gjitha kurset.
home-finished = Kurset që ke mbaruar
home-finished_on = përfunduar më { $date }
home-left =
    Të mbeten edhe { $lessons ->
        [one] { $lessons } mësim
       *[other] { $lessons } mësime
    } dhe { $quizzes ->
        [one] { $quizzes } pyetje
       *[other] { $quizzes } pyetje
    }
home-all_courses = Të gjitha kurset
home-who_sees = Trajneret e tua në { $organisation } ({ $country }) shohin ecurinë tënde: mësimet që mbaron, nëse përgjigjet e tua për pyetjet janë të sakta, dhe ditët kur ke qenë aktive.

## progress

progress-quizzes = Kontrollo çfarë mësove
progress-tick_all = Shëno çdo përgjigje që është e saktë.
progress-your_answer = Përgjigjja jote
progress-check = Kontrollo përgjigjen
progress-check_signed_out = Kontrollo përgjigjen (hyr më parë)
progress-sign_in_to_answer = Hyr për të kontrolluar përgjigjet dhe për të ruajtur ecurinë tënde.
progress-right = E saktë!
progress-wrong = Jo ende. Lexo këtë, pastaj provo përsëri.
progress-position = Mësimi { $position } nga { $count }
progress-done_count =
    { $count ->
        [one] { $done } nga { $count } mësim i mbaruar
       *[other] { $done } nga { $count } mësime të mbaruara
    }
progress-done_next = E mbarova, mësimi tjetër
progress-done_finish = E mbarova, përfundo kursin
progress-lesson_done = E mbarove këtë mësim.
progress-course_completed = E përfundove këtë kurs.

## group

group-progress = Ecuria
group-needs_help = Ka nevojë për ndihmë
group-nobody_needs_help = Askush nuk ka ngecur dhe askush nuk është në vështirësi.
group-stuck = ka ngecur
group-struggling = në vështirësi
group-never = asnjëherë
group-completed = (përfunduar)
group-learner = Pjesëmarrësja
group-last_activity = Aktiviteti i fundit
group-chart_title = Mësime të mbaruara nga grupi, për çdo kurs
group-course_bar = { $percent }% · përfunduar: { $completed }
group-download_csv = Shkarko tabelën (CSV)
group-most_missed = Pyetjet me më shumë gabime
group-nothing_missed = Ende nuk ka gabime te pyetjet.
group-missed_counts =
    { $misses ->
        [one] një përgjigje e gabuar
       *[other] { $misses } përgjigje të gabuara
    } nga { $learners ->
        [one] { $learners } pjesëmarrëse
       *[other] { $learners } pjesëmarrëse
    }
group-stuck_days = Pas sa ditësh pa aktivitet të shënohet pjesëmarrësja si «ka ngecur»
group-save_stuck_days = Ruaj
group-csv_learner = Pjesëmarrësja
group-csv_joined = U bashkua
group-csv_last_activity = Aktiviteti i fundit
group-csv_stuck = Ka ngecur
group-csv_struggling = Në vështirësi
group-csv_lessons = { $course }: mësime të mbaruara
group-csv_completed = { $course }: përfunduar
group-csv_yes = po
group-csv_no = jo

## learner_view

learner_view-facts = U bashkua më { $joined } · aktiviteti i fundit: { $last }
learner_view-activity = Aktiviteti
learner_view-activity_chart = Përgjigje dhe mësime të mbaruara në javë, 12 javët e fundit
learner_view-week_records =
    { $count ->
        [one] { $count } përgjigje ose mësim i mbaruar
       *[other] { $count } përgjigje ose mësime të mbaruara
    }
learner_view-courses = Kurset
learner_view-nothing_started = Ajo nuk ka filluar ende asnjë kurs.
learner_view-lesson_done = i mbaruar
learner_view-lesson_not_done = ende i pambaruar
learner_view-not_answered = pa përgjigje ende
learner_view-right_after =
    e saktë, pas { $tries ->
        [one] { $tries } përpjekjeje
       *[other] { $tries } përpjekjesh
    }
learner_view-not_right_yet = ende jo e saktë, { $tries } përpjekje

## certificate

certificate-mine = Certifikatat e mia
certificate-note_from_trainer = Shënim nga trajnerja jote:
certificate-name_label = Emri që do të shtypet në certifikatë
certificate-name_hint = Emri yt, ashtu si do që ta lexojë një punëdhënës. Deri në { $count } karaktere. Mund ta ndryshosh derisa të lëshohet certifikata.
certificate-save_name = Ruaj emrin
certificate-open = Hap certifikatën
certificate-status_needs_name = Zgjidh emrin që do të shtypet, pastaj trajnerja jote mund ta lëshojë certifikatën.
certificate-status_pending = Në pritje të shqyrtimit nga trajnerja jote.
certificate-status_returned = Trajnerja jote ta ktheu mbrapsht. Lexo shënimin, pastaj ruaje përsëri emrin.
certificate-status_issued = U lëshua.
certificate-status_revoked = U tërhoq nga organizata jote.
certificate-did_opened = { $date }: kursi u përfundua dhe kërkesa u hap.
certificate-did_named = { $date }: { $by } zgjodhi emrin që do të shtypet.
certificate-did_returned = { $date }: { $by } e ktheu mbrapsht me një shënim.
certificate-did_approved = { $date }: { $by } e miratoi, dhe certifikata u lëshua.
certificate-did_revoked = { $date }: { $by } e anuloi.
certificate-heading = Certifikatë
certificate-awarded_to = Vërtetohet se
certificate-completed = ka përfunduar kursin
certificate-skills = Aftësitë
certificate-course = Kursi
certificate-date = Data
certificate-issued_by = Lëshuar nga
certificate-code = Kodi i verifikimit
certificate-verify_page = Faqja e verifikimit
certificate-verify_at = Kjo certifikatë mund të verifikohet në
certificate-qr_label = Kod QR që hap faqen e verifikimit
certificate-download_pdf = Shkarko PDF-në
certificate-download_credential = Shkarko distinktivin digjital
certificate-credential_hint = Distinktivi digjital është një skedar i nënshkruar (Open Badges 3.0) që mund ta ruash në një portofol distinktivësh ose t'ia dërgosh një punëdhënësi. Ai nuk përmban as emrin tënd, as llogarinë tënde.
certificate-print_hint = Për ta shtypur, përdor komandën Printo të shfletuesit: shtypet vetëm certifikata.
certificate-criteria = Ka përfunduar të gjitha mësimet e kursit dhe kuizet e tij; certifikata u shqyrtua dhe u miratua nga një trajner.

## review

review-title = Certifikata për t'u shqyrtuar
review-open = Në pritje të një vendimi
review-decided = Të shqyrtuara
review-none_open = Asnjë kërkesë nuk është në pritje.
review-none_decided = Ende nuk ka vendime.
review-waiting_for_name = Në pritje që pjesëmarrësja të zgjedhë emrin që do të shtypet.
review-opened_on = hapur më { $date }
review-no_name_yet = Pjesëmarrësja nuk e ka zgjedhur ende emrin që do të shtypet. Mund ta miratosh pasi ta zgjedhë.
review-name_to_print = Emri që do të shtypet:
review-decide = Vendos
review-approve = Mirato dhe lësho certifikatën
review-return = Ktheje mbrapsht me një shënim
review-note_label = Shënim për pjesëmarrësen
review-reason_hint = Pjesëmarrësja e lexon. Deri në { $count } karaktere.
review-revoke = Anulo certifikatën
review-revoke_text = Faqja e verifikimit do të tregojë që certifikata u anulua, dhe në cilën datë.
review-reason_label = Arsyeja (ruhet bashkë me vendimin)
review-evidence = Mësimet dhe rezultatet e kuizeve
review-no_evidence = Për këtë kurs nuk janë regjistruar mësime ose përgjigje.
review-withdrawn_evidence = Ky kurs u tërhoq pasi ajo e përfundoi: mësimet e tij dhe përgjigjet e saj nuk shfaqen më këtu.
review-all_progress = E gjithë ecuria e kësaj pjesëmarrëseje
review-decisions = Historiku

## verify

verify-title = Verifiko një certifikatë
verify-code_label = Kodi i verifikimit
verify-code_hint = 12 shkronjat dhe shifrat e shtypura nën kodin QR, për shembull K7MQ-4XPT-9B2D.
verify-check = Verifiko
verify-unknown = Asnjë certifikatë nuk ka këtë kod. Kontrollo kodin dhe shkruaje përsëri.
verify-withdrawn = Kjo certifikatë u tërhoq nga personi që e kishte marrë.
verify-valid = Kjo certifikatë është e vlefshme.
verify-revoked = Kjo certifikatë u anulua më { $date }.
verify-name_heading = Verifiko emrin
verify-name_text = Emri i personit nuk shfaqet këtu. Shkruaj emrin që të kanë dhënë, për të kontrolluar nëse është ai që shkruhet në certifikatë.
verify-name_label = Emri
verify-check_name = Verifiko emrin

## partner

partner-title = Kurset e mia

## author

author-no_drafts = Ende nuk ka kurse. Krijo një më poshtë, ose ngarko një arkiv.
author-published_version = Versioni { $version } është publikuar
author-never_published = Ende i papublikuar
author-changed_on = ndryshuar më { $date }
author-new_course = Kurs i ri
author-create = Krijo kursin
author-course_title = Titulli
author-track = Drejtimi
author-default_language = Gjuha kryesore
author-other_languages = Gjuhët e tjera
author-languages_hint = Kode gjuhësh, të ndara me presje, për shembull: it, ro. Lëre bosh nëse ka vetëm një gjuhë.
author-upload_archive = Ngarko një arkiv kursi
author-upload_archive_hint = Një .zip me një dosje kursi, ashtu si e shkarkon këtu ose e mban në git. Krijon një skicë; e zëvendëson skicën e të njëjtit kurs vetëm nëse e shënon kutinë.
author-replace_draft = Zëvendëso skicën e kursit, nëse ka një
author-archive_file = Arkivi (.zip)
author-upload = Ngarko
author-settings = Cilësimet
author-download_archive = Shkarko si .zip
author-contents = Përmbajtja
author-add_module = Shto një modul
author-module_title = Titulli i modulit
author-add_lesson = Shto një mësim
author-lesson_title = Titulli i mësimit
author-written = ka tekst
author-missing = mungon
author-outdated = duhet përditësuar
author-move_up = Lëviz lart
author-move_down = Lëviz poshtë
author-remove = Hiq
author-problems = Probleme për t'u rregulluar
author-line = rreshti { $line }
author-images = Imazhet
author-images_hint = PNG, JPEG, WebP, GIF ose SVG e thjeshtë, deri në 512 KB dhe 4 milionë piksela. Përshkruaje gjithmonë imazhin në Markdown.
author-image_file = Imazhi
author-publish = Publiko
author-fix_problems_first = Rregullo fillimisht problemet më sipër: vetëm një kurs pa probleme mund të publikohet.
author-nothing_changed = Asgjë nuk ka ndryshuar që nga versioni që lexojnë pjesëmarrëset.
author-first_version = Versioni i parë: çdo mësim është i ri për pjesëmarrëset.
author-lessons_added = Mësime të reja:
author-lessons_removed = Mësime të hequra:
author-lessons_changed = Mësime të ndryshuara:
author-quizzes_changed = Kuize të ndryshuara në:
author-lessons_moved = Mësime të zhvendosura:
author-settings_changed = Titujt, përmbledhja ose cilësimet kanë ndryshuar.
author-progress_kept = Pjesëmarrëset e ruajnë ecurinë e tyre: mësimet e ruajnë id-në e tyre.
author-publish_version = Publiko versionin { $version }
author-versions = Versionet
author-version_by = Versioni { $version }, publikuar nga { $handle } më { $date }
author-current = Ky është versioni që lexojnë pjesëmarrëset
author-publish_again = Publiko përsëri këtë version
author-visibility = Kush mund ta ndjekë kursin
author-visible_everyone = Pjesëmarrëset e të gjitha organizatave
author-visible_organisation = Vetëm pjesëmarrëset e organizatës sonë
author-summary = Përmbledhja
author-certificate_title = Titulli i certifikatës
author-certificate_title_hint = Lëre bosh për të përdorur titullin e kursit. Mos e përmend kurrë programin.
author-skills = Aftësitë në certifikatë
author-skills_hint = Një aftësi për rresht, jo më shumë se 8.
author-module_named = Titujt e modulit: { $id }
author-pass_mark = Pragu i kalimit (%)
author-pass_mark_hint = Përqindja e kuizeve që duhen përgjigjur saktë për të përfunduar kursin: nga 0 deri në 100.
author-save = Ruaj
author-back_to_course = Kthehu te kursi
author-outdated_notice = Teksti në { $language } ndryshoi pasi u ruajt ky përkthim. Krahasoje me tekstin përbri, pastaj ruaje.
author-conflict = Dikush tjetër e ka ruajtur këtë mësim pasi e hape. Teksti yt është në kuti; teksti i ruajtur është më poshtë. Bashkoji të dy, pastaj ruaje.
author-not_saved = Teksti yt nuk u ruajt (arsyen e sheh më sipër). Ai është në kuti; teksti i ruajtur është më poshtë. Korrigjoje, pastaj ruaje.
author-their_text = Teksti i ruajtur
author-original = Teksti në { $language }
author-image_markdown_hint = Kopjo një rresht në tekst, aty ku shkon imazhi, dhe përshkruaje imazhin brenda kllapave katrore.
author-minutes = Minuta leximi
author-lesson_text = Teksti (Markdown)
author-lesson_text_hint = Përdor ## për seksionet. Kuizet janë blloqe që fillojnë me ```quiz (shih udhëzuesin për formatin e kurseve).
author-save_and_preview = Ruaj dhe shiko paraprakisht
author-preview = Pamja paraprake
author-preview_notice = Pamje paraprake: pjesëmarrëset e shohin këtë pasi ta publikosh.
author-back_to_editor = Kthehu te redaktori
author-cannot_preview = Ky mësim nuk mund të shfaqet ende:

## refused

refused-not_a_zip = Skedari nuk është arkiv .zip.
refused-no_manifest = Dosja e kursit në arkiv nuk ka course.toml, prandaj nuk është kurs.
refused-too_big = Arkivi është shumë i madh: kufiri është { $limit }.
refused-too_many_entries = Arkivi ka shumë skedarë: kufiri është { $limit }.
refused-course_too_big = Kursi është shumë i madh: kufiri është { $limit }.
refused-bad_name = { $entry }: ky emër nuk mund të përdoret në një kurs.
refused-absolute_path = { $entry }: shtegu fillon nga rrënja. Shtigjet duhet të mbeten brenda dosjes së kursit.
refused-traversal = { $entry }: shtegu del jashtë dosjes së kursit (..).
refused-link = { $entry }: është lidhje. Kopjoje vetë skedarin brenda kursit.
refused-not_a_file = { $entry }: nuk është skedar i zakonshëm.
refused-encrypted = { $entry }: është i enkriptuar. Ngarkoje pa fjalëkalim.
refused-unsupported = { $entry }: është ngjeshur në një mënyrë që ky sajt nuk e lexon. Krijoje përsëri .zip-in.
refused-damaged = { $entry }: është i dëmtuar. Krijoje përsëri .zip-in.
refused-duplicate = { $entry }: ndodhet dy herë në arkiv.
refused-not_one_course_folder = Arkivi duhet të ketë saktësisht një dosje kursi, me gjithçka brenda saj.
refused-bad_slug = { $entry }: emri i dosjes së kursit mund të ketë vetëm shkronja të vogla, shifra dhe viza.
refused-file_too_big = { $entry }: shumë i madh; kufiri është { $limit }.
refused-bomb = { $entry }: kur hapet, bëhet shumë më i madh se madhësia e tij. Nuk u lexua.
refused-unknown_type = { $entry }: nuk është imazh PNG, JPEG, WebP, GIF ose SVG.
refused-not_what_it_says = { $entry }: përmbajtja nuk përputhet me emrin.
refused-too_many_pixels = { $entry }: ka shumë piksela; kufiri është { $limit }.
refused-unreadable = { $entry }: imazhi nuk mund të lexohet.
refused-unsafe_svg = { $entry }: SVG-ja përmban diçka që nuk është vizatim i thjeshtë ({ $limit }).

## problem

problem-course_folder_is_link = dosja e kursit është lidhje simbolike; një kurs duhet të jetë dosje e zakonshme
problem-course_not_folder = kursi nuk është dosje
problem-cannot_read = nuk mund të lexohet: { $error }
problem-too_many_files = kursi ka më shumë se { $limit } skedarë dhe dosje; ky është kufiri
problem-name_not_utf8 = emri nuk është tekst UTF-8
problem-file_is_link = `{ $path }` është lidhje simbolike; një kurs mund të ketë vetëm skedarë të zakonshëm
problem-file_is_pipe = `{ $path }` është pipe me emër (named pipe); një kurs mund të ketë vetëm skedarë të zakonshëm
problem-file_is_socket = `{ $path }` është socket; një kurs mund të ketë vetëm skedarë të zakonshëm
problem-file_is_device = `{ $path }` është pajisje; një kurs mund të ketë vetëm skedarë të zakonshëm
problem-file_not_ordinary = `{ $path }` nuk është skedar i zakonshëm; një kurs mund të ketë vetëm skedarë të zakonshëm
problem-course_too_big = kursi është më i madh se { $limit } MB gjithsej; ky është kufiri
problem-file_holds_file = `{ $parent }` është skedar, prandaj nuk mund të përmbajë `{ $path }`
problem-folder_not_file = `{ $path }` është dosje, prandaj nuk mund të jetë skedar
problem-path_empty = një skedar duhet të ketë emër
problem-path_absolute = `{ $path }` është shteg absolut; një kurs përmban shtigje relative
problem-path_control = `{ $path }` ka në emër një vizë të pjerrët mbrapsht (\) ose një karakter kontrolli
problem-path_dots = `{ $path }` ka një emër bosh, `.` ose `..`; një kurs përmban vetëm shtigje relative të thjeshta
problem-media_too_big = skedari është { $size } KB; kufiri është { $limit } KB, sepse pjesëmarrëset paguajnë për çdo bajt
problem-file_too_big = skedari është { $size } KB; kufiri është { $limit } KB
problem-file_changed = skedari ndryshoi ndërsa po lexohej; provo përsëri
problem-file_over_limit = skedari përmban më shumë se ç'thotë madhësia e tij, dhe më shumë se kufiri prej { $limit } KB
problem-folder_not_module = dosja `{ $folder }` nuk është modul i deklaruar në course.toml
problem-lesson_id_taken = id-ja e mësimit `{ $id }` përdoret tashmë nga { $path }
problem-no_front_matter = një mësim fillon me një kokë (front matter) midis dy rreshtave `+++` (id, title, minutes)
problem-lesson_id_invalid = id-ja e mësimit `{ $id }` mund të ketë vetëm shkronja të vogla, shifra dhe viza
problem-lesson_title_empty = titulli i mësimit është bosh
problem-lesson_title_hidden = titulli i mësimit përmban një karakter kontrolli ose drejtimi të tekstit; hiqe
problem-minutes_range = minutat (minutes) duhet të jenë nga 1 deri në 120
problem-translation_missing = mësimi `{ $id }` nuk ka përkthim `{ $language }` në { $folder }
problem-translation_other_module = mësimi `{ $id }` është këtu në modulin `{ $module }`, por në `{ $language }` është në modulin `{ $original }`
problem-translation_without_original = mësimi `{ $id }` nuk ekziston në gjuhën kryesore `{ $language }`
problem-image_unknown_type = imazhi `{ $url }`: mund të përdoren vetëm imazhe PNG, JPEG, WebP, GIF dhe SVG; ruaje në një nga këto formate
problem-image_other_kind = imazhi `{ $url }`: emri i tij thotë { $expected }, por përmban një imazh { $found }; ruaje përsëri si { $expected }, ose jepi prapashtesën e duhur
problem-image_no_picture = imazhi `{ $url }`: emri i tij thotë { $expected }, por nuk përmban imazh (është tekst, faqe interneti ose skedar i një lloji tjetër)
problem-image_too_many_pixels = imazhi `{ $url }`: imazhi është { $width } × { $height } piksela; kufiri është { $side } për çdo anë dhe { $millions } milionë gjithsej, prandaj zvogëloje
problem-image_unreadable = imazhi `{ $url }`: imazhi nuk mund të lexohet, sepse skedari është i cunguar ose i dëmtuar; ruaje përsëri
problem-svg_dtd = imazhi `{ $url }`: vizatimi deklaron një DTD (`{ $found }`); hiqe atë rresht
problem-svg_not_xml = imazhi `{ $url }`: vizatimi nuk është XML i formuar mirë ({ $found })
problem-svg_instruction = imazhi `{ $url }`: vizatimi ka një udhëzim përpunimi `{ $found }`; eksportoje përsëri si SVG të thjeshtë
problem-svg_foreign_element = imazhi `{ $url }`: vizatimi ka një element `{ $found }` që nuk është SVG (të dhëna të redaktorit, ose një faqe interneti brenda); eksportoje përsëri si SVG të thjeshtë
problem-svg_script = imazhi `{ $url }`: vizatimi ka një element `{ $found }`; një imazh nuk mund të ekzekutojë kod
problem-svg_foreign_object = imazhi `{ $url }`: vizatimi ka një element `{ $found }`, që mund të përmbajë një faqe interneti
problem-svg_link = imazhi `{ $url }`: vizatimi ka një lidhje (`{ $found }`); një imazh nuk mund të ketë lidhje
problem-svg_loads_file = imazhi `{ $url }`: vizatimi ngarkon një skedar tjetër (`{ $found }`); vendose imazhin drejtpërdrejt në mësim
problem-svg_animated = imazhi `{ $url }`: vizatimi është i animuar (`{ $found }`); pranohen vetëm vizatime pa lëvizje
problem-svg_element = imazhi `{ $url }`: vizatimi ka një element `{ $found }`, që nuk është vizatim i thjeshtë; eksportoje përsëri si SVG të thjeshtë
problem-svg_event_handler = imazhi `{ $url }`: vizatimi ka një trajtues ngjarjesh (`{ $found }`); një imazh nuk mund të ekzekutojë kod
problem-svg_external_link = imazhi `{ $url }`: vizatimi ka një lidhje me `{ $found }`, jashtë vizatimit
problem-svg_attribute = imazhi `{ $url }`: vizatimi ka një atribut që nuk është atribut vizatimi (`{ $found }`); eksportoje përsëri si SVG të thjeshtë
problem-svg_css_escape = imazhi `{ $url }`: stili në `{ $found }` fsheh karaktere pas një escape `\`
problem-svg_css_at_rule = imazhi `{ $url }`: stili në `{ $found }` ka një rregull @ (at-rule), si `@import`
problem-svg_css_function = imazhi `{ $url }`: stili në `{ $found }` përdor `{ $function }`, që nuk është as ngjyrë, as transformim
problem-image_too_big = imazhi `{ $url }`: skedari është { $size } KB; kufiri është { $limit } KB, sepse pjesëmarrëset paguajnë për çdo bajt
problem-link_scheme = lidhja `{ $url }` nuk lejohet: lidhja duhet të çojë te një mësim (.md), një faqe interneti (https://) ose një adresë email-i (mailto:)
problem-link_no_lesson = lidhja `{ $url }` nuk çon te asnjë mësim i këtij kursi: lidhja duhet të çojë te një mësim (.md), një faqe interneti (https://) ose një adresë email-i (mailto:)
problem-image_elsewhere = imazhi `{ $url }` duhet të jetë skedar në dosjen e kursit: një imazh nga një sajt tjetër do t'i lidhte telefonat e pjesëmarrëseve me atë sajt
problem-image_missing = imazhi `{ $url }` nuk ekziston
problem-not_relative = `{ $url }` duhet të jetë shteg relativ ndaj skedarit të mësimit, si `images/photo.png` ose `02-next.md`
problem-outside_course = `{ $url }` çon jashtë dosjes së kursit
problem-quiz_id_taken = id-ja e kuizit `{ $id }` përdoret tashmë te { $place }
problem-quiz_out_of_order = këtu është kuizi `{ $id }`, ndërsa `{ $language }` ka në këtë vend kuizin `{ $original }`: një përkthim ka të njëjtat kuize, në të njëjtin rend
problem-quiz_missing = kuizi `{ $id }`, që ekziston në `{ $language }`, mungon në këtë përkthim
problem-quiz_not_in_original = kuizi `{ $id }` nuk është në `{ $language }`: një përkthim ka të njëjtat kuize, në të njëjtin rend
problem-quiz_option_count =
    kuizi `{ $id }` ka këtu { $count ->
        [one] { $count } opsion
       *[other] { $count } opsione
    }, por në `{ $language }` ka { $original }
problem-option_right_here = ky opsion është shënuar i saktë `[x]` këtu, por i gabuar `[ ]` në `{ $language }`: të njëjtat opsione janë të sakta në çdo gjuhë
problem-option_wrong_here = ky opsion është shënuar i gabuar `[ ]` këtu, por i saktë `[x]` në `{ $language }`: të njëjtat opsione janë të sakta në çdo gjuhë
problem-quiz_typed_here = kuizi `{ $id }` ka opsione për t'u shënuar në `{ $language }`, por këtu ka një përgjigje për t'u shkruar
problem-quiz_options_here = kuizi `{ $id }` ka një përgjigje për t'u shkruar në `{ $language }`, por këtu ka opsione për t'u shënuar
problem-quiz_no_id = një kuiz ka nevojë për një id pas fjalës quiz, për shembull ```quiz first-day
problem-quiz_id_invalid = id-ja e kuizit `{ $id }` mund të ketë vetëm shkronja të vogla, shifra dhe viza
problem-quiz_stray_block = kjo nuk është pjesë e një kuizi: një kuiz ka një pyetje, pastaj një listë opsionesh (`- [x]`, `- [ ]`) ose përgjigjesh të pranuara (`- = ...`), pastaj, nëse do, një shpjegim `>`
problem-quiz_no_question = kuizi nuk ka pyetje: shkruaje pyetjen së pari, si një rresht teksti para listës
problem-quiz_no_options = kuizi nuk ka opsione (`- [x]`, `- [ ]`) dhe as përgjigje të pranuara (`- = ...`)
problem-option_empty = ky opsion nuk ka tekst: shkruaje pas `[x]` ose `[ ]`
problem-option_stray_block = nën një opsion mund të jetë vetëm komenti i tij, si citim `>`
problem-answer_empty = kjo përgjigje e pranuar është bosh: shkruaje pas shenjës `=`
problem-answer_too_long = kjo përgjigje e pranuar është më e gjatë se { $limit } karaktere: një përgjigje për t'u shkruar duhet të jetë e shkurtër
problem-answer_stray_block = nën një përgjigje të pranuar nuk mund të ketë asgjë: shkruaji shpjegimet në një citim `>` pas listës
problem-item_unmarked = çdo element i listës fillon me `[x]` (i saktë), `[ ]` (i gabuar) ose `=` (një përgjigje e pranuar), pastaj një hapësirë
problem-quiz_mixed = lista përzien opsione (`[x]`, `[ ]`) dhe përgjigje të pranuara (`=`): një kuiz ka ose njërat, ose tjetrat
problem-quiz_one_option = kuizi ka vetëm një opsion: jep të paktën dy, ose prano një përgjigje për t'u shkruar me `- = ...`
problem-quiz_none_right = asnjë opsion nuk është shënuar i saktë: shëno opsionin e saktë me `[x]`
problem-toml_invalid = cilësimet nuk mund të lexohen: { $detail }
problem-version_zero = version duhet të jetë 1 ose më shumë
problem-pass_mark_range = pass_mark është përqindje e kuizeve: nga 0 deri në 100
problem-track_unknown = drejtim i panjohur `{ $track }`: përdor një nga këto: { $known }
problem-languages_empty = shkruaj të paktën një gjuhë
problem-language_invalid = `{ $language }` nuk është kod gjuhe si `en` ose `it`
problem-language_twice = gjuha `{ $language }` është dy herë në listë
problem-default_language_unlisted = gjuha kryesore `{ $language }` nuk është në `languages`
problem-module_id_invalid = id-ja e modulit `{ $id }` mund të ketë vetëm shkronja të vogla, shifra dhe viza
problem-module_id_twice = id-ja e modulit `{ $id }` përdoret dy herë
problem-modules_empty = deklaro të paktën një hyrje [[modules]]
problem-skills_missing = aftësitë e certifikatës nuk kanë listë në `{ $language }`
problem-skills_extra_language = aftësitë e certifikatës kanë një listë në `{ $language }`, por `{ $language }` nuk është në `languages`
problem-skills_too_many = aftësitë e certifikatës në `{ $language }`: jo më shumë se { $limit }, që të zënë një faqe
problem-skill_invalid = aftësia e certifikatës `{ $skill }` në `{ $language }`: një rresht nga 1 deri në { $limit } karaktere
problem-reveals_programme = `{ $words }` shtypet në certifikata dhe thotë `{ $word }`: certifikatat nuk e përmendin kurrë programin
problem-text_missing = `{ $field }` nuk ka tekst në `{ $language }`
problem-text_hidden = `{ $field }` në `{ $language }` përmban një karakter kontrolli ose drejtimi të tekstit; hiqe
problem-text_extra_language = `{ $field }` ka tekst në `{ $language }`, por `{ $language }` nuk është në `languages`
problem-catalogue_link = `{ $path }` është lidhje simbolike; një kurs duhet të jetë dosje e zakonshme në katalog
problem-slug_invalid = dosja e kursit `{ $slug }` mund të ketë vetëm shkronja të vogla, shifra dhe viza
problem-language_no_folder = gjuha `{ $language }` është në listë, por nuk ka dosje `{ $language }/`
problem-no_lessons = kursi nuk ka mësime
problem-file_missing = skedari mungon
problem-file_not_utf8 = skedari nuk është tekst UTF-8
