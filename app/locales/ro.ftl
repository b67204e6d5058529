# Interfața în limba română: un mesaj pentru fiecare text pe care îl citește cineva.
# Format: Project Fluent (https://projectfluent.org), așa cum îl editează Weblate și Pontoon.

## language

# Numele acestei limbi, scris în ea: lista de limbi arată fiecare limbă cu numele ei.
language-name = Română
language-title = Limbi
language-interface = Limba paginilor
language-current = { $language } (actuală)
language-unknown = Limba „{ $code }” nu există pe acest site. Alege una dintre acestea:
language-reading_title = Limbile pe care le citești
language-reading_text = Bifează toate limbile pe care le poți citi. Un curs apare în prima dintre aceste limbi în care este scris, iar lista arată doar aceste cursuri.
language-reading_best = Limba pe care o citești cel mai bine
language-reading_also = Alte limbi pe care le citești
language-reading_save = Salvează
language-reading_all = Încă nu ai ales: apar toate cursurile.

## site

site-skip_to_content = Sari la conținut
site-quick_exit = Ieșire rapidă
site-languages = Limbi
site-not_found_title = Pagina nu a fost găsită
site-not_found_text = Această pagină nu există sau a fost mutată.
site-back_to_courses = Înapoi la toate cursurile
site-unavailable = Ceva nu a mers bine la noi. Încearcă din nou peste puțin timp.
site-forbidden_title = Nu ai acces
site-forbidden_text = Contul tău nu poate deschide această pagină.
site-wait_title = Prea multe încercări

## catalogue

catalogue-title = Cursuri
catalogue-intro = Lecții scurte pe care le poți citi pe telefon, în ritmul tău.
catalogue-lessons =
    { $count ->
        [one] { $count } lecție
        [few] { $count } lecții
       *[other] { $count } de lecții
    }
catalogue-minutes =
    circa { $count ->
        [one] { $count } minut
        [few] { $count } minute
       *[other] { $count } de minute
    }
catalogue-in_languages = În: { $languages }
catalogue-empty = Încă nu există cursuri.
catalogue-filtered = Cursuri în: { $languages }
catalogue-change_languages = Schimbă
catalogue-show_all = Arată toate cursurile
catalogue-none_readable = Încă nu există niciun curs scris în aceste limbi.

## date

# Cum se scrie o dată, de exemplu 6 decembrie 2026.
date-format = { $day } { $month } { $year }
date-day_month = { $day } { $month }
date-month_1 = ianuarie
date-month_2 = februarie
date-month_3 = martie
date-month_4 = aprilie
date-month_5 = mai
date-month_6 = iunie
date-month_7 = iulie
date-month_8 = august
date-month_9 = septembrie
date-month_10 = octombrie
date-month_11 = noiembrie
date-month_12 = decembrie

## track

track-job-readiness = Pregătirea pentru muncă
track-language-for-work = Limba la locul de muncă
track-digital-skills = Competențe digitale

## course

course-start = Începe cursul
course-module = Partea { $number }
course-minutes = { $count } min
course-fallback = Acest curs nu există încă în limba română. Este afișat în { $language }.

## lesson

lesson-minutes =
    Circa { $count ->
        [one] { $count } minut
        [few] { $count } minute
       *[other] { $count } de minute
    }
lesson-previous = Lecția anterioară
lesson-next = Lecția următoare
lesson-finished = Ai ajuns la finalul acestui curs.
lesson-also_in = Această lecție în:
lesson-fallback = Această lecție nu există încă în limba română. Este afișată în { $language }.
lesson-outdated = Această traducere poate fi în urmă față de textul în { $language }, care s-a schimbat între timp. Textul în { $language } este cel de referință.
lesson-contents = Cuprinsul cursului

## account

account-nav = Contul tău
account-sign_in = Intră în cont
account-sign_in_required = Intră în cont ca să vezi această pagină.
account-title = Contul meu
account-sign_out = Ieși din cont
account-handle = Numele pe acest site
account-password = Parolă
account-shared_device = Acest telefon este folosit de mai multe persoane
account-shared_device_hint = Ieși automat din cont când se închide browserul și după 20 de minute în care nu folosești site-ul.
account-no_account = Ești nouă aici?
account-forgot = Ai uitat parola?
account-choose_handle = Alege un nume pentru acest site
account-handle_hint = Nu numele tău adevărat: orice nume pe care îl ții minte. Între 3 și 32 de semne: litere, cifre, puncte, cratime sau linii de subliniere (_).
account-choose_password = Alege o parolă
account-password_hint = Cel puțin 8 caractere. O propoziție scurtă se ține minte ușor.
account-role = Rol
account-organisation = Organizație
account-cohort = Grup
account-change_title = Schimbă parola
account-change = Schimbă parola
account-data_title = Datele tale
account-data_text = Descarcă într-un fișier tot ce păstrează acest site despre tine.
account-download = Descarcă datele mele
account-sessions_title = Telefoane și calculatoare conectate
account-sessions_text = Dacă ai intrat în cont pe alt telefon sau calculator și nu ești sigură că ai ieșit de acolo, ieși din cont peste tot.
account-sign_out_everywhere = Ieși din cont peste tot
account-delete_title = Șterge contul meu
account-delete_text = Contul tău și tot ce conține se șterg pentru totdeauna. Scrie parola ca să confirmi.
account-delete = Șterge contul meu

## join

join-link = Înscrie-te cu un cod
join-title = Înscrie-te într-un grup
join-intro = Formatorul tău îți dă un cod de înscriere. Scrie-l aici.
join-code = Cod de înscriere
join-code_hint = De exemplu K7MQ-4XPT. Poți scrie cu litere mari sau mici.
join-continue = Continuă
join-cohort = Te înscrii în grupul „{ $cohort }”.
join-who_sees = Formatorii tăi de la { $organisation } ({ $country }) vor vedea numele pe care îl alegi pe acest site, faptul că ești în grupul lor și progresul tău: lecțiile pe care le termini, dacă răspunsurile tale la întrebări sunt corecte și zilele în care ai fost activă. Nimic altceva despre ce citești nu este înregistrat.
join-no_personal_data = Nu îți cerem numele adevărat, adresa de e-mail sau numărul de telefon. Nu le folosi ca nume aici.
join-another_code = Nu este grupul potrivit? Folosește alt cod
join-create = Creează contul meu

## reset

reset-link = Alege o parolă nouă cu un cod de la formatorul tău
reset-title = Alege o parolă nouă
reset-intro = Formatorul tău îți poate da un cod de resetare. Cu acest cod îți alegi o parolă nouă. Codul merge o singură dată.
reset-code = Cod de resetare
reset-submit = Salvează parola nouă

## safety

safety-link = Siguranța ta pe acest site
safety-title = Siguranța ta pe acest site
safety-quick_exit = Butonul „Ieșire rapidă”, de pe fiecare pagină, deschide un site obișnuit în locul acestuia. Dacă apeși Înapoi, acest site nu mai apare.
safety-shift = Pe un telefon sau calculator cu tastatură, poți apăsa de trei ori tasta Shift: se întâmplă același lucru.
safety-history = „Ieșire rapidă” nu șterge istoricul browserului: paginile acestui site deschise înainte pot apărea încă acolo. Dacă cineva s-ar putea uita în istoric, folosește modul privat al browserului sau șterge istoricul.
safety-shared = Pe un telefon folosit de mai multe persoane, bifează „Acest telefon este folosit de mai multe persoane” când intri în cont: ieși automat din cont când se închide browserul. Ieși mereu din cont când termini.
safety-spyware = Un site nu se poate ascunde de un program spion instalat chiar pe telefon. Dacă crezi că cineva îți urmărește telefonul, folosește alt telefon și vorbește cu formatorul tău.
safety-data = Acest site păstrează doar numele pe care l-ai ales aici, parola ta într-o formă pe care nimeni nu o poate citi, grupul tău și sesiunile în care ești conectată. Le poți descărca sau îți poți șterge contul oricând, din Contul meu.

## role

role-learner = Cursantă
role-trainer = Formator
role-partner = Autor de cursuri
role-admin = Administrator

## trainer

trainer-title = Grupuri
trainer-no_cohorts = Încă nu există grupuri. Creează unul mai jos.
trainer-counts =
    { $learners ->
        [one] { $learners } cursantă
        [few] { $learners } cursante
       *[other] { $learners } de cursante
    } · { $codes ->
        [one] { $codes } cod de înscriere activ
        [few] { $codes } coduri de înscriere active
       *[other] { $codes } de coduri de înscriere active
    }
trainer-new_cohort = Grup nou
trainer-cohort_name = Numele grupului
trainer-cohort_name_hint = Cursantele văd numele când se înscriu. Alege un nume neutru, de exemplu „Grupa de marți”.
trainer-create_cohort = Creează grupul

## cohort

cohort-codes = Coduri de înscriere
cohort-codes_text = Dă un cod cursantelor din acest grup. Fiecare cod poate fi folosit de un anumit număr de ori, până expiră sau până îl anulezi.
cohort-code_open = Activ
cohort-code_used_up = Epuizat
cohort-code_expired = Expirat
cohort-code_revoked = Anulat
cohort-uses_left =
    { $count ->
        [one] { $count } utilizare rămasă
        [few] { $count } utilizări rămase
       *[other] { $count } de utilizări rămase
    }
cohort-expires = până la { $date }
cohort-revoke = Anulează
cohort-uses = Câte persoane îl pot folosi
cohort-days = Câte zile este valabil
cohort-create_code = Creează un cod de înscriere
cohort-learners = Cursante
cohort-no_learners = Încă nu s-a înscris nimeni.
cohort-joined = înscrisă pe { $date }
cohort-give_reset_code = Dă un cod de resetare a parolei
cohort-reset_code = Cod de resetare, afișat o singură dată: dă-l cursantei personal. Merge o singură dată, timp de 24 de ore:

## admin

admin-title = Organizații
admin-new_organisation = Organizație nouă
admin-organisation_name = Numele organizației
admin-country = Țara
admin-country_hint = Cod din două litere, de exemplu IT, NG sau AL.
admin-create_organisation = Creează organizația
admin-new_staff = Cont nou pentru personal
admin-new_staff_text = Contul nou primește un cod de activare, afișat o singură dată. Persoana care va folosi contul își alege parola cu acest cod, pe pagina pentru parolă nouă.
admin-no_organisation = Niciuna (doar pentru administratori)
admin-create_staff = Creează contul
admin-not_active = (parola nu este aleasă încă)
admin-admins = Administratori
admin-new_setup_code = Cod de activare nou
admin-remove = Elimină
admin-setup_code = Cod de activare, afișat o singură dată. Merge o singură dată, timp de 24 de ore:

## form

form-course_created = Cursul a fost creat. Adaugă un modul, apoi lecții.
form-saved = Salvat. Cursantele îl văd după ce publici.
form-published = Publicat. Cursantele citesc acum această versiune.
form-image_added = Imaginea a fost adăugată. Codul ei Markdown este la Imagini, în editorul fiecărei lecții.
form-archive_imported = Arhiva a fost încărcată în ciornă. Verific-o, apoi publică.
form-title_needed = Scrie un titlu.
form-languages_invalid = Scrie coduri de limbă, de exemplu it, ro, sq, despărțite prin virgule.
form-edit_conflict = Altcineva a salvat această lecție după ce ai deschis-o.
form-draft_changed = Cursul s-a schimbat de când te-ai uitat la el. Verifică ce se schimbă, apoi publică din nou.
form-not_publishable = Cursul are probleme. Corectează-le, apoi publică.
form-upload_refused = Fișierul a fost refuzat.
form-course_too_big = Cursul ar fi prea mare: cel mult 2.000 de fișiere și 32 MB în total. Mai întâi elimină imagini sau lecții.
form-settings_changed = Cineva a schimbat setările după ce ai deschis această pagină, așa că ale tale nu au fost salvate. Iată-le așa cum sunt salvate acum: fă din nou modificările.
form-text_invalid = Un titlu, un rezumat sau o competență conține un caracter ascuns (de exemplu un semn de direcție), așa că nu s-a salvat nimic. Scoate-l și salvează din nou.
form-course_taken = Există deja un curs cu această adresă și nu este al tău. Redenumește folderul cursului din arhivă.
form-draft_exists = Acest curs are deja o ciornă, iar fișierul tău este diferit, așa că nu s-a schimbat nimic. Ca să înlocuiești ciorna cu fișierul tău, bifează căsuța și încarcă-l din nou (descarcă mai întâi ciorna, ca să păstrezi o copie).
form-name_changed = Cursanta și-a schimbat numele după ce ai deschis această pagină. Verifică numele nou, apoi aprobă.
form-name_revealing = Acest nume spune ce este programul. Numele este tipărit pe certificate: alege un nume neutru, de exemplu „Portul Meseriilor”.
form-note_missing = Scrie o notă sau un motiv (cel mult 500 de caractere, pe un singur rând).
form-name_needed = Cursanta trebuie mai întâi să aleagă numele care va fi tipărit.
form-name_differs = Acest nume nu este cel de pe certificat.
form-certificate_name_saved = Salvat. Formatorul tău îți va verifica certificatul.
form-certificate_returned = Trimis înapoi cursantei, cu nota ta.
form-certificate_approved = Aprobat. Certificatul a fost emis.
form-certificate_revoked = Certificatul a fost revocat.
form-name_matches = Acest nume este cel de pe certificat.
form-course_completed = Ai terminat cursul. Bravo!
form-stuck_days_saved = Salvat.
form-wrong = Numele sau parola nu sunt corecte. Verifică-le pe amândouă și încearcă din nou.
form-wait = Prea multe încercări. Așteaptă un minut, apoi încearcă din nou.
form-busy = Site-ul este foarte aglomerat acum. Încearcă din nou peste puțin timp.
form-too_long = Textul este prea lung. Folosește un text mai scurt.
form-missing = Completează toate câmpurile.
form-handle_invalid = Pentru nume, folosește între 3 și 32 de semne: litere, cifre, puncte, cratime sau linii de subliniere (_).
form-handle_taken = Cineva folosește deja acest nume. Alege altul.
form-password_short = Parola trebuie să aibă cel puțin 8 caractere.
form-code_invalid = Acest cod nu merge. Poate a fost scris greșit, nu mai poate fi folosit sau a expirat. Cere ajutor formatorului tău.
form-reset_invalid = Numele sau codul de resetare nu sunt corecte sau codul a expirat.
form-name_invalid = Scrie un nume de 1 până la 80 de caractere.
form-name_taken = Acest nume este deja folosit.
form-number_invalid = Scrie un număr întreg, în limitele permise.
form-country_invalid = Scrie țara printr-un cod din două litere.
form-organisation_missing = Formatorii și autorii de cursuri fac parte dintr-o organizație: alege una.
form-signed_out = Ai ieșit din cont.
form-signed_out_everywhere = Ai ieșit din cont pe toate telefoanele și calculatoarele.
form-password_set = Parola nouă a fost salvată. Intră în cont cu ea.
form-deleted = Contul tău și tot ce conținea au fost șterse.
form-cohort_created = Grupul a fost creat. Acum creează un cod de înscriere pentru el.
form-code_created = Codul de înscriere este gata.
form-organisation_created = Organizația a fost creată.
form-staff_removed = Contul a fost eliminat.
form-password_changed = Parola nouă a fost salvată. Aici rămâi în cont; pe toate celelalte telefoane și calculatoare ai ieșit din cont.

## learner

learner-title = Cursurile mele

## home

home-title = Cursurile mele
home-continue = Continuă de unde ai rămas
home-in_progress = Cursuri începute
home-nothing_started = Încă nu ai început niciun curs. Alege unul din lista cu toate cursurile.
home-finished = Cursuri terminate
home-finished_on = terminat pe { $date }
home-left =
    Mai ai { $lessons ->
        [one] { $lessons } lecție
        [few] { $lessons } lecții
       *[other] { $lessons } de lecții
    } și { $quizzes ->
        [one] { $quizzes } întrebare
        [few] { $quizzes } întrebări
       *[other] { $quizzes } de întrebări
    }
home-all_courses = Toate cursurile
home-who_sees = Formatorii tăi de la { $organisation } ({ $country }) îți văd progresul: lecțiile pe care le termini, dacă răspunsurile tale la întrebări sunt corecte și zilele în care ai fost activă.

## progress

progress-quizzes = Verifică ce ai învățat
progress-tick_all = Bifează toate răspunsurile potrivite.
progress-your_answer = Răspunsul tău
progress-check = Verifică răspunsul
progress-check_signed_out = Verifică răspunsul (mai întâi intră în cont)
progress-sign_in_to_answer = Intră în cont ca să îți verifici răspunsurile și să îți păstrezi progresul.
progress-right = Corect!
progress-wrong = Încă nu. Citește asta, apoi încearcă din nou.
progress-position = Lecția { $position } din { $count }
progress-done_count =
    { $done } din { $count ->
        [one] { $count } lecție terminată
        [few] { $count } lecții terminate
       *[other] { $count } de lecții terminate
    }
progress-done_next = Gata, lecția următoare
progress-done_finish = Gata, termină cursul
progress-lesson_done = Ai terminat această lecție.
progress-course_completed = Ai terminat acest curs.

## group

group-progress = Progres
group-needs_help = Cursante care au nevoie de ajutor
group-nobody_needs_help = Nicio cursantă nu este blocată sau în dificultate.
group-stuck = blocată
group-struggling = în dificultate
group-never = niciodată
group-completed = (terminat)
group-learner = Cursantă
group-last_activity = Ultima activitate
group-chart_title = Lecții terminate de grup, pe cursuri
group-course_bar = { $percent }% · au terminat: { $completed }
group-download_csv = Descarcă tabelul (CSV)
group-most_missed = Întrebările greșite cel mai des
group-nothing_missed = Încă nu există întrebări greșite.
group-missed_counts =
    { $learners ->
        [one] { $learners } cursantă a greșit-o
        [few] { $learners } cursante au greșit-o
       *[other] { $learners } de cursante au greșit-o
    } { $misses ->
        [one] o dată
        [few] de { $misses } ori
       *[other] de { $misses } de ori
    }
group-stuck_days = După câte zile fără activitate este marcată o cursantă ca blocată
group-save_stuck_days = Salvează
group-csv_learner = Cursantă
group-csv_joined = Înscrisă pe
group-csv_last_activity = Ultima activitate
group-csv_stuck = Blocată
group-csv_struggling = În dificultate
group-csv_lessons = { $course }: lecții terminate
group-csv_completed = { $course }: terminat
group-csv_yes = da
group-csv_no = nu

## learner_view

learner_view-facts = Înscrisă pe { $joined } · ultima activitate: { $last }
learner_view-activity = Activitate
learner_view-activity_chart = Răspunsuri și lecții terminate pe săptămână, în ultimele 12 săptămâni
learner_view-week_records =
    { $count ->
        [one] { $count } răspuns sau lecție terminată
        [few] { $count } răspunsuri sau lecții terminate
       *[other] { $count } de răspunsuri sau lecții terminate
    }
learner_view-courses = Cursuri
learner_view-nothing_started = Încă nu a început niciun curs.
learner_view-lesson_done = terminată
learner_view-lesson_not_done = neterminată încă
learner_view-not_answered = fără răspuns încă
learner_view-right_after = corect, număr de încercări: { $tries }
learner_view-not_right_yet = încă greșit, număr de încercări: { $tries }

## certificate

certificate-mine = Certificatele mele
certificate-note_from_trainer = Nota de la formatorul tău:
certificate-name_label = Numele care va fi tipărit pe certificat
certificate-name_hint =
    Numele tău, așa cum vrei să-l citească un angajator. Cel mult { $count ->
        [one] { $count } caracter
        [few] { $count } caractere
       *[other] { $count } de caractere
    }. Îl poți schimba până când certificatul este emis.
certificate-save_name = Salvează numele
certificate-open = Deschide certificatul
certificate-status_needs_name = Alege numele care va fi tipărit, apoi formatorul tău poate emite certificatul.
certificate-status_pending = Așteaptă verificarea formatorului tău.
certificate-status_returned = Formatorul tău l-a trimis înapoi. Citește nota, apoi salvează din nou numele.
certificate-status_issued = Emis.
certificate-status_revoked = Retras de organizația ta.
certificate-did_opened = { $date }: cursul a fost terminat și cererea a fost deschisă.
certificate-did_named = { $date }: { $by } a ales numele care va fi tipărit.
certificate-did_returned = { $date }: { $by } a trimis cererea înapoi, cu o notă.
certificate-did_approved = { $date }: { $by } a aprobat cererea, iar certificatul a fost emis.
certificate-did_revoked = { $date }: { $by } a revocat certificatul.
certificate-heading = Certificat
certificate-awarded_to = Se certifică faptul că
certificate-completed = a absolvit cursul
certificate-skills = Competențe
certificate-course = Curs
certificate-date = Data
certificate-issued_by = Emis de
certificate-code = Cod de verificare
certificate-verify_page = Pagina de verificare
certificate-verify_at = Verifică acest certificat la
certificate-qr_label = Cod QR care deschide pagina de verificare
certificate-download_pdf = Descarcă PDF-ul
certificate-download_credential = Descarcă insigna digitală
certificate-credential_hint = Insigna digitală este un fișier semnat (Open Badges 3.0). O poți păstra într-un portofel de insigne sau o poți trimite unui angajator. Nu conține numele tău și nici contul tău.
certificate-print_hint = Ca să tipărești, folosește opțiunea de tipărire a browserului: se tipărește doar certificatul.
certificate-criteria = A terminat toate lecțiile cursului și testele lor; certificatul a fost verificat și aprobat de un formator.

## review

review-title = Certificate de verificat
review-open = În așteptarea unei decizii
review-decided = Rezolvate
review-none_open = Nicio cerere nu așteaptă.
review-none_decided = Încă nu există decizii.
review-waiting_for_name = Se așteaptă ca cursanta să aleagă numele care va fi tipărit.
review-opened_on = deschisă pe { $date }
review-no_name_yet = Cursanta nu a ales încă numele care va fi tipărit. Poți aproba după ce îl alege.
review-name_to_print = Numele care va fi tipărit:
review-decide = Decide
review-approve = Aprobă și emite certificatul
review-return = Trimite înapoi cu o notă
review-note_label = Notă pentru cursantă
review-reason_hint =
    Cursanta citește nota. Cel mult { $count ->
        [one] { $count } caracter
        [few] { $count } caractere
       *[other] { $count } de caractere
    }.
review-revoke = Revocă certificatul
review-revoke_text = Pagina de verificare va arăta că certificatul a fost revocat și la ce dată.
review-reason_label = Motivul (păstrat împreună cu decizia)
review-evidence = Lecții și rezultate la teste
review-no_evidence = Pentru acest curs nu sunt înregistrate lecții sau răspunsuri.
review-withdrawn_evidence = Acest curs a fost retras după ce ea l-a terminat: lecțiile lui și răspunsurile ei nu mai sunt afișate aici.
review-all_progress = Tot progresul acestei cursante
review-decisions = Istoric

## verify

verify-title = Verifică un certificat
verify-code_label = Cod de verificare
verify-code_hint = Cele 12 litere și cifre tipărite sub codul QR, de exemplu K7MQ-4XPT-9B2D.
verify-check = Verifică
verify-unknown = Niciun certificat nu are acest cod. Verifică codul și scrie-l din nou.
verify-withdrawn = Acest certificat a fost retras de persoana care îl deține.
verify-valid = Acest certificat este valabil.
verify-revoked = Acest certificat a fost revocat pe { $date }.
verify-name_heading = Verifică numele
verify-name_text = Numele persoanei care deține certificatul nu este afișat aici. Scrie numele pe care l-ai primit, ca să verifici dacă este cel de pe certificat.
verify-name_label = Nume
verify-check_name = Verifică numele

## partner

partner-title = Cursurile mele

## author

author-no_drafts = Încă nu există cursuri. Creează unul mai jos sau încarcă o arhivă.
author-published_version = Versiunea { $version } a fost publicată
author-never_published = Nepublicat încă
author-changed_on = modificat pe { $date }
author-new_course = Curs nou
author-create = Creează cursul
author-course_title = Titlu
author-track = Domeniu
author-default_language = Limba principală
author-other_languages = Alte limbi
author-languages_hint = Coduri de limbă, despărțite prin virgule, de exemplu: it, ro. Lasă gol pentru o singură limbă.
author-upload_archive = Încarcă o arhivă de curs
author-upload_archive_hint = Un fișier .zip cu folderul unui singur curs, așa cum îl descarci de aici sau îl păstrezi în git. Creează o ciornă; înlocuiește ciorna aceluiași curs doar dacă bifezi căsuța.
author-replace_draft = Înlocuiește ciorna cursului, dacă are una
author-archive_file = Arhivă (.zip)
author-upload = Încarcă
author-settings = Setări
author-download_archive = Descarcă ca .zip
author-contents = Cuprins
author-add_module = Adaugă un modul
author-module_title = Titlul modulului
author-add_lesson = Adaugă o lecție
author-lesson_title = Titlul lecției
author-written = scrisă
author-missing = lipsește
author-outdated = neactualizată
author-move_up = Mută mai sus
author-move_down = Mută mai jos
author-remove = Elimină
author-problems = Probleme de corectat
author-line = rândul { $line }
author-images = Imagini
author-images_hint = PNG, JPEG, WebP, GIF sau SVG simplu, cel mult 512 KB și 4 milioane de pixeli. Descrie mereu imaginea în Markdown.
author-image_file = Imagine
author-publish = Publică
author-fix_problems_first = Mai întâi corectează problemele de mai sus: doar un curs fără probleme poate fi publicat.
author-nothing_changed = Nimic nu s-a schimbat față de versiunea pe care o citesc cursantele.
author-first_version = Prima versiune: toate lecțiile sunt noi pentru cursante.
author-lessons_added = Lecții noi:
author-lessons_removed = Lecții eliminate:
author-lessons_changed = Lecții modificate:
author-quizzes_changed = Teste modificate în:
author-lessons_moved = Lecții mutate:
author-settings_changed = Titlurile, rezumatul sau setările s-au schimbat.
author-progress_kept = Cursantele își păstrează progresul: lecțiile își păstrează id-urile.
author-publish_version = Publică versiunea { $version }
author-versions = Versiuni
author-version_by = Versiunea { $version }, publicată de { $handle } pe { $date }
author-current = Aceasta este versiunea citită de cursante
author-publish_again = Publică din nou această versiune
author-visibility = Cine poate urma cursul
author-visible_everyone = Cursantele tuturor organizațiilor
author-visible_organisation = Doar cursantele organizației noastre
author-summary = Rezumat
author-certificate_title = Titlul certificatului
author-certificate_title_hint = Lasă gol ca să folosești titlul cursului. Nu numi niciodată programul.
author-skills = Competențe pe certificat
author-skills_hint = O competență pe rând, cel mult 8.
author-module_named = Titlurile modulului: { $id }
author-pass_mark = Prag de promovare (%)
author-pass_mark_hint = Ce procent din teste trebuie rezolvat corect ca să fie terminat cursul: de la 0 la 100.
author-save = Salvează
author-back_to_course = Înapoi la curs
author-outdated_notice = Textul în { $language } s-a schimbat după ce a fost salvată această traducere. Compar-o cu textul de alături, apoi salvează.
author-conflict = Altcineva a salvat această lecție după ce ai deschis-o. Textul tău este în casetă; textul salvat este mai jos. Combină-le, apoi salvează.
author-not_saved = Textul tău nu a fost salvat (vezi motivul mai sus). Este în casetă; textul salvat este mai jos. Corectează-l, apoi salvează.
author-their_text = Textul salvat
author-original = Textul în { $language }
author-image_markdown_hint = Copiază un rând în text, acolo unde vrei imaginea, și descrie imaginea între parantezele pătrate.
author-minutes = Minute de citit
author-lesson_text = Text (Markdown)
author-lesson_text_hint = Folosește ## pentru secțiuni. Testele sunt blocuri care încep cu ```quiz (vezi ghidul despre formatul cursurilor).
author-save_and_preview = Salvează și previzualizează
author-preview = Previzualizare
author-preview_notice = Previzualizare: cursantele văd asta după ce publici.
author-back_to_editor = Înapoi la editor
author-cannot_preview = Această lecție nu poate fi afișată încă:

## refused

refused-not_a_zip = Fișierul nu este o arhivă .zip.
refused-no_manifest = Folderul cursului din arhivă nu are course.toml, deci nu este un curs.
refused-too_big = Arhiva este prea mare: limita este { $limit }.
refused-too_many_entries = Arhiva conține prea multe fișiere: limita este { $limit }.
refused-course_too_big = Cursul este prea mare: limita este { $limit }.
refused-bad_name = { $entry }: acest nume nu poate fi folosit într-un curs.
refused-absolute_path = { $entry }: calea pornește de la rădăcină. Căile trebuie să rămână în folderul cursului.
refused-traversal = { $entry }: calea iese din folderul cursului (..).
refused-link = { $entry }: este o legătură. Copiază fișierul în curs.
refused-not_a_file = { $entry }: nu este un fișier obișnuit.
refused-encrypted = { $entry }: este criptat. Încarcă-l fără parolă.
refused-unsupported = { $entry }: este comprimat într-un mod pe care acest site nu îl poate citi. Fă din nou fișierul .zip.
refused-damaged = { $entry }: este deteriorat. Fă din nou fișierul .zip.
refused-duplicate = { $entry }: apare de două ori în arhivă.
refused-not_one_course_folder = Arhiva trebuie să conțină un singur folder de curs, cu totul în el.
refused-bad_slug = { $entry }: numele folderului de curs poate conține doar litere mici, cifre și cratime.
refused-file_too_big = { $entry }: este prea mare; limita este { $limit }.
refused-bomb = { $entry }: dezarhivat, ar fi mult mai mare decât dimensiunea lui. Nu a fost citit.
refused-unknown_type = { $entry }: nu este o imagine PNG, JPEG, WebP, GIF sau SVG.
refused-not_what_it_says = { $entry }: conținutul nu se potrivește cu numele.
refused-too_many_pixels = { $entry }: are prea mulți pixeli; limita este { $limit }.
refused-unreadable = { $entry }: imaginea nu poate fi citită.
refused-unsafe_svg = { $entry }: fișierul SVG conține ceva ce nu este un simplu desen ({ $limit }).

## problem

problem-course_folder_is_link = folderul cursului este o legătură simbolică; un curs trebuie să fie un folder obișnuit
problem-course_not_folder = cursul nu este un folder
problem-cannot_read = nu poate fi citit: { $error }
problem-too_many_files = cursul conține prea multe fișiere și foldere; limita este { $limit }
problem-name_not_utf8 = numele nu este text UTF-8
problem-file_is_link = `{ $path }` este o legătură simbolică; un curs poate conține doar fișiere obișnuite
problem-file_is_pipe = `{ $path }` este un pipe cu nume (named pipe); un curs poate conține doar fișiere obișnuite
problem-file_is_socket = `{ $path }` este un socket; un curs poate conține doar fișiere obișnuite
problem-file_is_device = `{ $path }` este un fișier de dispozitiv; un curs poate conține doar fișiere obișnuite
problem-file_not_ordinary = `{ $path }` nu este un fișier obișnuit; un curs poate conține doar fișiere obișnuite
problem-course_too_big = cursul are în total mai mult de { $limit } MB; aceasta este limita
problem-file_holds_file = `{ $parent }` este un fișier, deci nu poate conține `{ $path }`
problem-folder_not_file = `{ $path }` este un folder, deci nu poate fi un fișier
problem-path_empty = un fișier trebuie să aibă un nume
problem-path_absolute = `{ $path }` este o cale absolută; un curs conține căi relative
problem-path_control = `{ $path }` are în nume o bară oblică inversă sau un caracter de control
problem-path_dots = `{ $path }` are un nume gol, `.` sau `..`; un curs conține doar căi relative simple
problem-media_too_big = fișierul are { $size } KB; limita este { $limit } KB, pentru că cursantele plătesc fiecare byte
problem-file_too_big = fișierul are { $size } KB; limita este { $limit } KB
problem-file_changed = fișierul s-a schimbat în timp ce era citit; încearcă din nou
problem-file_over_limit = fișierul conține mai mult decât arată dimensiunea lui și mai mult decât limita de { $limit } KB
problem-folder_not_module = folderul `{ $folder }` nu este un modul declarat în course.toml
problem-lesson_id_taken = id-ul de lecție `{ $id }` este deja folosit de { $path }
problem-no_front_matter = o lecție începe cu un antet între două rânduri `+++` (id, title, minutes)
problem-lesson_id_invalid = id-ul de lecție `{ $id }` poate conține doar litere mici, cifre și cratime
problem-lesson_title_empty = titlul lecției este gol
problem-lesson_title_hidden = titlul lecției conține un caracter de control sau de direcție a textului; elimină-l
problem-minutes_range = minutele (minutes) trebuie să fie între 1 și 120
problem-translation_missing = lecția `{ $id }` nu are traducere în `{ $language }` în { $folder }
problem-translation_other_module = lecția `{ $id }` este aici în modulul `{ $module }`, dar în `{ $language }` este în `{ $original }`
problem-translation_without_original = lecția `{ $id }` nu există în limba principală `{ $language }`
problem-image_unknown_type = imaginea `{ $url }`: se pot folosi doar imagini PNG, JPEG, WebP, GIF și SVG; salveaz-o într-unul dintre aceste formate
problem-image_other_kind = imaginea `{ $url }`: numele spune { $expected }, dar fișierul conține o imagine { $found }; salveaz-o din nou ca { $expected } sau dă-i extensia potrivită
problem-image_no_picture = imaginea `{ $url }`: numele spune { $expected }, dar fișierul nu conține nicio imagine (ci text, o pagină web sau alt tip de fișier)
problem-image_too_many_pixels = imaginea `{ $url }`: imaginea are { $width } × { $height } pixeli; limita este { $side } pe latură și { $millions } milioane în total, așa că micșoreaz-o
problem-image_unreadable = imaginea `{ $url }`: imaginea nu poate fi citită, pentru că fișierul este incomplet sau deteriorat; salveaz-o din nou
problem-svg_dtd = imaginea `{ $url }`: desenul declară un DTD (`{ $found }`); șterge acel rând
problem-svg_not_xml = imaginea `{ $url }`: desenul nu este XML bine format ({ $found })
problem-svg_instruction = imaginea `{ $url }`: desenul are o instrucțiune de procesare `{ $found }`; exportă-l din nou ca SVG simplu
problem-svg_foreign_element = imaginea `{ $url }`: desenul are un element `{ $found }` care nu este SVG (date ale editorului sau o pagină web în interior); exportă-l din nou ca SVG simplu
problem-svg_script = imaginea `{ $url }`: desenul are un element `{ $found }`; o imagine nu are voie să ruleze cod
problem-svg_foreign_object = imaginea `{ $url }`: desenul are un element `{ $found }`, care poate conține o pagină web
problem-svg_link = imaginea `{ $url }`: desenul are o legătură (`{ $found }`); o imagine nu poate avea legături
problem-svg_loads_file = imaginea `{ $url }`: desenul încarcă alt fișier (`{ $found }`); pune imaginea direct în lecție
problem-svg_animated = imaginea `{ $url }`: desenul este animat (`{ $found }`); sunt acceptate doar desene fixe
problem-svg_element = imaginea `{ $url }`: desenul are un element `{ $found }`, care nu este desen simplu; exportă-l din nou ca SVG simplu
problem-svg_event_handler = imaginea `{ $url }`: desenul are un handler de evenimente (`{ $found }`); o imagine nu are voie să ruleze cod
problem-svg_external_link = imaginea `{ $url }`: desenul are o legătură către `{ $found }`, în afara desenului
problem-svg_attribute = imaginea `{ $url }`: desenul are un atribut care nu este atribut de desen (`{ $found }`); exportă-l din nou ca SVG simplu
problem-svg_css_escape = imaginea `{ $url }`: stilul din `{ $found }` ascunde caractere în spatele unei secvențe escape `\`
problem-svg_css_at_rule = imaginea `{ $url }`: stilul din `{ $found }` are o regulă @, de exemplu `@import`
problem-svg_css_function = imaginea `{ $url }`: stilul din `{ $found }` folosește `{ $function }`, care nu este o culoare sau o transformare
problem-image_too_big = imaginea `{ $url }`: fișierul are { $size } KB; limita este { $limit } KB, pentru că cursantele plătesc fiecare byte
problem-link_scheme = legătura `{ $url }` nu este permisă: pune o legătură către o lecție (.md), o pagină web (https://) sau o adresă de e-mail (mailto:)
problem-link_no_lesson = legătura `{ $url }` nu duce la nicio lecție din acest curs: pune o legătură către o lecție (.md), o pagină web (https://) sau o adresă de e-mail (mailto:)
problem-image_elsewhere = imaginea `{ $url }` trebuie să fie un fișier din folderul cursului: o imagine de pe alt site ar face telefoanele cursantelor să se conecteze la acel site
problem-image_missing = imaginea `{ $url }` nu există
problem-not_relative = `{ $url }` trebuie să fie o cale relativă la fișierul lecției, de exemplu `images/photo.png` sau `02-next.md`
problem-outside_course = `{ $url }` duce în afara folderului cursului
problem-quiz_id_taken = id-ul de test `{ $id }` este deja folosit la { $place }
problem-quiz_out_of_order = aici este testul `{ $id }`, dar în `{ $language }` în acest loc este testul `{ $original }`: o traducere are aceleași teste, în aceeași ordine
problem-quiz_missing = testul `{ $id }` din `{ $language }` lipsește din această traducere
problem-quiz_not_in_original = testul `{ $id }` nu există în `{ $language }`: o traducere are aceleași teste, în aceeași ordine
problem-quiz_option_count =
    testul `{ $id }` are aici { $count ->
        [one] { $count } variantă
        [few] { $count } variante
       *[other] { $count } de variante
    }, dar în `{ $language }` are { $original }
problem-option_right_here = această variantă este marcată corectă `[x]` aici, dar greșită `[ ]` în `{ $language }`: aceleași variante sunt corecte în toate limbile
problem-option_wrong_here = această variantă este marcată greșită `[ ]` aici, dar corectă `[x]` în `{ $language }`: aceleași variante sunt corecte în toate limbile
problem-quiz_typed_here = testul `{ $id }` are variante de bifat în `{ $language }`, dar aici are un răspuns de scris
problem-quiz_options_here = testul `{ $id }` are un răspuns de scris în `{ $language }`, dar aici are variante de bifat
problem-quiz_no_id = un test are nevoie de un id după cuvântul quiz, de exemplu ```quiz first-day
problem-quiz_id_invalid = id-ul de test `{ $id }` poate conține doar litere mici, cifre și cratime
problem-quiz_stray_block = aceasta nu face parte dintr-un test: un test conține o întrebare, apoi o listă de variante (`- [x]`, `- [ ]`) sau de răspunsuri acceptate (`- = ...`), apoi, dacă vrei, o explicație `>`
problem-quiz_no_question = testul nu are o întrebare: scrie-o mai întâi, ca rând de text înaintea listei
problem-quiz_no_options = testul nu are variante (`- [x]`, `- [ ]`) și nici răspunsuri acceptate (`- = ...`)
problem-option_empty = această variantă nu are text: scrie-l după `[x]` sau `[ ]`
problem-option_stray_block = sub o variantă poate fi doar explicația ei, ca citat `>`
problem-answer_empty = acest răspuns acceptat este gol: scrie-l după `=`
problem-answer_too_long = acest răspuns acceptat depășește limita de caractere ({ $limit }): un răspuns scris este scurt
problem-answer_stray_block = sub un răspuns acceptat nu poate fi nimic: scrie explicațiile într-un citat `>` după listă
problem-item_unmarked = fiecare element al listei începe cu `[x]` (corect), `[ ]` (greșit) sau `=` (un răspuns acceptat), apoi un spațiu
problem-quiz_mixed = lista amestecă variante (`[x]`, `[ ]`) și răspunsuri acceptate (`=`): un test are fie unele, fie celelalte
problem-quiz_one_option = testul are o singură variantă: scrie cel puțin două sau acceptă un răspuns scris, cu `- = ...`
problem-quiz_none_right = nicio variantă nu este marcată corectă: marchează varianta corectă cu `[x]`
problem-toml_invalid = setările nu pot fi citite: { $detail }
problem-version_zero = version trebuie să fie 1 sau mai mare
problem-pass_mark_range = pass_mark este un procent din teste: de la 0 la 100
problem-track_unknown = domeniu necunoscut `{ $track }`: folosește unul dintre acestea: { $known }
problem-languages_empty = scrie cel puțin o limbă
problem-language_invalid = `{ $language }` nu este un cod de limbă, cum sunt `en` sau `it`
problem-language_twice = limba `{ $language }` apare de două ori în listă
problem-default_language_unlisted = limba principală `{ $language }` nu este în `languages`
problem-module_id_invalid = id-ul de modul `{ $id }` poate conține doar litere mici, cifre și cratime
problem-module_id_twice = id-ul de modul `{ $id }` este folosit de două ori
problem-modules_empty = declară cel puțin o intrare [[modules]]
problem-skills_missing = competențele de pe certificat nu au o listă în `{ $language }`
problem-skills_extra_language = competențele de pe certificat au o listă în `{ $language }`, dar `{ $language }` nu este în `languages`
problem-skills_too_many = competențele de pe certificat în `{ $language }`: cel mult { $limit }, pe o singură pagină
problem-skill_invalid = competența de pe certificat `{ $skill }` în `{ $language }`: un singur rând, cu cel puțin 1 caracter și cel mult { $limit }
problem-reveals_programme = `{ $words }` este tipărit pe certificate și conține `{ $word }`: certificatele nu numesc niciodată programul
problem-text_missing = `{ $field }` nu are text în `{ $language }`
problem-text_hidden = `{ $field }` în `{ $language }` conține un caracter de control sau de direcție a textului; elimină-l
problem-text_extra_language = `{ $field }` are un text în `{ $language }`, dar `{ $language }` nu este în `languages`
problem-catalogue_link = `{ $path }` este o legătură simbolică; un curs trebuie să fie un folder obișnuit în catalog
problem-slug_invalid = folderul cursului `{ $slug }` poate conține doar litere mici, cifre și cratime
problem-language_no_folder = limba `{ $language }` este în listă, dar nu există un folder `{ $language }/`
problem-no_lessons = cursul nu are lecții
problem-file_missing = fișierul lipsește
problem-file_not_utf8 = fișierul nu este text UTF-8
