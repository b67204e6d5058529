# The interface in Italian: one message per text a person reads.
# Format: Project Fluent (https://projectfluent.org), as Weblate and Pontoon edit it.

## language

# Il nome di questa lingua, scritto in essa: l'elenco mostra ogni lingua con il suo nome.
language-name = Italiano
language-title = Lingue
language-interface = Lingua delle pagine
language-current = { $language } (ora)
language-unknown = Su questo sito non c'è la lingua «{ $code }». Scegline una di queste:
language-reading_title = Lingue che leggi
language-reading_text = Spunta tutte le lingue che sai leggere. I corsi si mostrano nella prima di queste in cui sono scritti, e l'elenco dei corsi mostra solo quelli.
language-reading_best = La lingua che leggi meglio
language-reading_also = Altre lingue che leggi
language-reading_save = Salva
language-reading_all = Non hai ancora scelto: si vedono tutti i corsi.

## site

site-skip_to_content = Vai al contenuto
site-quick_exit = Esci subito
site-languages = Lingue
site-not_found_title = Pagina non trovata
site-not_found_text = Questa pagina non esiste, o è stata spostata.
site-back_to_courses = Torna a tutti i corsi
site-unavailable = Qualcosa non ha funzionato da parte nostra. Riprova tra poco.
site-forbidden_title = Accesso negato
site-forbidden_text = Il tuo account non può aprire questa pagina.
site-wait_title = Troppi tentativi

## catalogue

catalogue-title = Corsi
catalogue-intro = Lezioni brevi da leggere sul telefono, con i tuoi tempi.
catalogue-lessons =
    { $count ->
        [one] { $count } lezione
       *[other] { $count } lezioni
    }
catalogue-minutes =
    circa { $count ->
        [one] { $count } minuto
       *[other] { $count } minuti
    }
catalogue-in_languages = In: { $languages }
catalogue-empty = Ancora nessun corso.
catalogue-filtered = Corsi in: { $languages }
catalogue-change_languages = Cambia
catalogue-show_all = Mostra tutti i corsi
catalogue-none_readable = Non c'è ancora nessun corso in queste lingue.

## date

# Come si scrive una data, per esempio 6 dicembre 2026.
date-format = { $day } { $month } { $year }
date-day_month = { $day } { $month }
date-month_1 = gennaio
date-month_2 = febbraio
date-month_3 = marzo
date-month_4 = aprile
date-month_5 = maggio
date-month_6 = giugno
date-month_7 = luglio
date-month_8 = agosto
date-month_9 = settembre
date-month_10 = ottobre
date-month_11 = novembre
date-month_12 = dicembre

## track

track-job-readiness = Prepararsi al lavoro
track-language-for-work = Lingua per il lavoro
track-digital-skills = Competenze digitali

## course

course-start = Inizia il corso
course-module = Parte { $number }
course-minutes = { $count } min
course-fallback = Questo corso non è ancora disponibile in italiano. È mostrato in { $language }.

## lesson

lesson-minutes =
    Circa { $count ->
        [one] { $count } minuto
       *[other] { $count } minuti
    }
lesson-previous = Precedente
lesson-next = Successiva
lesson-finished = Sei arrivata alla fine del corso.
lesson-also_in = Questa lezione in:
lesson-fallback = Questa lezione non è ancora disponibile in italiano. È mostrata in { $language }.
lesson-outdated = Questa traduzione potrebbe non essere aggiornata rispetto al testo in { $language }, che è cambiato. Il testo in { $language } fa fede.
lesson-contents = Indice del corso

## account

account-nav = Il tuo account
account-sign_in = Accedi
account-sign_in_required = Accedi per vedere questa pagina.
account-title = Il mio account
account-sign_out = Esci
account-handle = Nome su questo sito
account-password = Password
account-shared_device = Questo telefono è condiviso
account-shared_device_hint = Esci in automatico quando chiudi il browser, e dopo 20 minuti senza uso.
account-no_account = Sei nuova?
account-forgot = Hai dimenticato la password?
account-choose_handle = Scegli un nome per questo sito
account-handle_hint = Non il tuo vero nome: un nome che ricorderai. Da 3 a 32 lettere, cifre, punti, trattini o trattini bassi.
account-choose_password = Scegli una password
account-password_hint = Almeno 8 caratteri. Una breve frase è facile da ricordare.
account-role = Ruolo
account-organisation = Organizzazione
account-cohort = Gruppo
account-change_title = Cambia la mia password
account-change = Cambia la mia password
account-data_title = I tuoi dati
account-data_text = Scarica in un file tutto ciò che questo sito conserva su di te.
account-download = Scarica i miei dati
account-sessions_title = Telefoni e computer collegati
account-sessions_text = Se hai fatto l'accesso su un altro telefono o computer e non sei sicura di essere uscita, esci ovunque.
account-sign_out_everywhere = Esci ovunque
account-delete_title = Elimina il mio account
account-delete_text = Elimina per sempre il tuo account e tutto ciò che contiene. Scrivi la tua password per confermare.
account-delete = Elimina il mio account

## join

join-link = Entra con un codice
join-title = Entra in un gruppo
join-intro = La tua formatrice ti dà un codice di accesso. Scrivilo qui.
join-code = Codice di accesso
join-code_hint = Per esempio K7MQ-4XPT. Maiuscole o minuscole vanno bene.
join-continue = Continua
join-cohort = Stai entrando nel gruppo “{ $cohort }”.
join-who_sees = Le tue formatrici di { $organisation } ({ $country }) vedranno il nome che scegli su questo sito, che fai parte del loro gruppo, e i tuoi progressi: le lezioni che finisci, se le tue risposte alle domande sono giuste, e i giorni in cui sei stata attiva. Nient'altro delle tue letture viene registrato.
join-no_personal_data = Non chiediamo il tuo vero nome, email o numero di telefono. Non usarli come nome qui.
join-another_code = Non è questo gruppo? Usa un altro codice
join-create = Crea il mio account

## reset

reset-link = Scegli una nuova password con un codice della formatrice
reset-title = Scegli una nuova password
reset-intro = La tua formatrice può darti un codice di ripristino. Con il codice scegli una nuova password. Il codice vale una volta.
reset-code = Codice di ripristino
reset-submit = Salva la nuova password

## safety

safety-link = Stare al sicuro su questo sito
safety-title = Stare al sicuro su questo sito
safety-quick_exit = Il pulsante Esci subito, su ogni pagina, apre un sito qualsiasi al posto di questo. Premendo Indietro questo sito non torna.
safety-shift = Su un telefono o computer con tastiera, premere tre volte il tasto Maiusc fa lo stesso.
safety-history = Esci subito non cancella la cronologia del browser: le pagine viste prima possono restare elencate. Usa la navigazione privata, o cancella la cronologia, se qualcuno può guardarla.
safety-shared = Su un telefono condiviso, spunta "Questo telefono è condiviso" quando accedi: esci in automatico quando chiudi il browser. Esci sempre quando hai finito.
safety-spyware = Nessun sito può nascondersi da un programma spia installato sul telefono. Se pensi che il tuo telefono sia controllato, usane un altro e parlane con la tua formatrice.
safety-data = Questo sito conserva solo il nome che hai scelto qui, la password in una forma che nessuno può rileggere, il tuo gruppo e le sessioni con cui sei connessa. Puoi scaricarli o eliminare l'account quando vuoi da Il mio account.

## role

role-learner = Partecipante
role-trainer = Formatrice
role-partner = Autrice dei corsi
role-admin = Amministrazione

## trainer

trainer-title = Gruppi
trainer-no_cohorts = Ancora nessun gruppo. Creane uno qui sotto.
trainer-counts =
    { $learners ->
        [one] { $learners } partecipante
       *[other] { $learners } partecipanti
    } · { $codes ->
        [one] { $codes } codice aperto
       *[other] { $codes } codici aperti
    }
trainer-new_cohort = Nuovo gruppo
trainer-cohort_name = Nome del gruppo
trainer-cohort_name_hint = Le partecipanti lo vedono quando entrano. Usa un nome neutro, per esempio "Corso del martedì".
trainer-create_cohort = Crea il gruppo

## cohort

cohort-codes = Codici di accesso
cohort-codes_text = Dai un codice alle partecipanti di questo gruppo. Ogni codice vale un certo numero di volte, finché scade o lo revochi.
cohort-code_open = Aperto
cohort-code_used_up = Esaurito
cohort-code_expired = Scaduto
cohort-code_revoked = Revocato
cohort-uses_left =
    { $count ->
        [one] { $count } uso rimasto
       *[other] { $count } usi rimasti
    }
cohort-expires = fino al giorno { $date }
cohort-revoke = Revoca
cohort-uses = Quante persone possono usarlo
cohort-days = Per quanti giorni vale
cohort-create_code = Crea un codice di accesso
cohort-learners = Partecipanti
cohort-no_learners = Ancora nessuna partecipante.
cohort-joined = entrata il giorno { $date }
cohort-give_reset_code = Dai un codice di ripristino della password
cohort-reset_code = Codice di ripristino, mostrato una sola volta: dallo alla partecipante di persona. Vale una volta, per 24 ore:

## admin

admin-title = Organizzazioni
admin-new_organisation = Nuova organizzazione
admin-organisation_name = Nome dell'organizzazione
admin-country = Paese
admin-country_hint = Codice di due lettere, per esempio IT, NG o AL.
admin-create_organisation = Crea l'organizzazione
admin-new_staff = Nuovo account del personale
admin-new_staff_text = Il nuovo account riceve un codice di attivazione, mostrato una volta. Con quel codice la titolare sceglie la password nella pagina della password.
admin-no_organisation = Nessuna (solo amministrazione)
admin-create_staff = Crea l'account
admin-not_active = (password non ancora scelta)
admin-admins = Amministrazione
admin-new_setup_code = Nuovo codice di attivazione
admin-remove = Rimuovi
admin-setup_code = Codice di attivazione, mostrato una volta. Vale una volta, per 24 ore:

## form

form-course_created = Il corso è creato. Aggiungi una parte, poi le lezioni.
form-saved = Salvato. Chi studia lo vede quando pubblichi.
form-published = Pubblicato. Chi studia ora legge questa versione.
form-image_added = L'immagine è aggiunta. Il suo Markdown è sotto Immagini in ogni lezione.
form-archive_imported = L'archivio è stato letto nella bozza. Controllalo, poi pubblica.
form-title_needed = Scrivi un titolo.
form-languages_invalid = Scrivi codici di lingua come it, ro, sq, separati da virgole.
form-edit_conflict = Qualcun altro ha salvato questa lezione dopo che l'hai aperta.
form-draft_changed = Il corso è cambiato da quando l'hai guardato. Controlla che cosa cambia, poi pubblica di nuovo.
form-not_publishable = Il corso ha dei problemi. Correggili, poi pubblica.
form-upload_refused = Il file è stato rifiutato.
form-course_too_big = Il corso sarebbe troppo grande: al massimo 2.000 file e 32 MB in tutto. Togli prima immagini o lezioni.
form-settings_changed = Qualcuno ha cambiato le impostazioni dopo che hai aperto questa pagina, quindi le tue non sono state salvate. Eccole come sono salvate ora: rifai le tue modifiche.
form-text_invalid = Un titolo, un riassunto o una competenza contiene un carattere nascosto (per esempio un segno di direzione), quindi non è stato salvato nulla. Toglilo e salva di nuovo.
form-course_taken = Esiste già un corso con questo indirizzo e non è tuo. Rinomina la cartella del corso nell'archivio.
form-draft_exists = Questo corso ha già una bozza, e il tuo file è diverso, quindi non è cambiato nulla. Per sostituire la bozza con il tuo file, spunta la casella e caricalo di nuovo (scarica prima la bozza per tenerne una copia).
form-name_changed = La partecipante ha cambiato il nome da quando hai aperto questa pagina. Controlla il nuovo nome, poi approva.
form-name_revealing = Questo nome dice che cos'è il programma. È stampato sui certificati: scegli un nome neutro, per esempio 'Porto Lavoro'.
form-note_missing = Scrivi una nota o un motivo (al massimo 500 caratteri, su una riga).
form-name_needed = La partecipante deve prima scegliere il nome da stampare.
form-name_differs = Questo nome non è quello sul certificato.
form-certificate_name_saved = Salvato. La tua formatrice verificherà il tuo certificato.
form-certificate_returned = Rimandato alla partecipante con la tua nota.
form-certificate_approved = Approvato. Il certificato è emesso.
form-certificate_revoked = Il certificato è revocato.
form-name_matches = Questo nome è quello sul certificato.
form-course_completed = Hai completato il corso. Brava!
form-stuck_days_saved = Salvato.
form-wrong = Il nome o la password non sono giusti. Controlla e riprova.
form-wait = Troppi tentativi. Aspetta un minuto e riprova.
form-busy = Il sito è molto occupato. Riprova fra poco.
form-too_long = Il testo è troppo lungo. Usane uno più corto.
form-missing = Compila tutti i campi.
form-handle_invalid = Per il nome usa da 3 a 32 lettere, cifre, punti, trattini o trattini bassi.
form-handle_taken = Questo nome è già usato. Scegline un altro.
form-password_short = La password deve avere almeno 8 caratteri.
form-code_invalid = Questo codice non funziona. Forse è scritto male, esaurito o scaduto. Chiedi alla tua formatrice.
form-reset_invalid = Il nome o il codice di ripristino non sono giusti, oppure il codice è scaduto.
form-name_invalid = Scrivi un nome da 1 a 80 caratteri.
form-name_taken = Questo nome è già usato.
form-number_invalid = Scrivi un numero intero nei limiti permessi.
form-country_invalid = Scrivi il paese con un codice di due lettere.
form-organisation_missing = Formatrici e autrici appartengono a un'organizzazione: scegline una.
form-signed_out = Sei uscita.
form-signed_out_everywhere = Sei uscita su tutti i telefoni e computer.
form-password_set = La nuova password è salvata. Accedi con quella.
form-deleted = Il tuo account e tutto ciò che conteneva sono stati eliminati.
form-cohort_created = Il gruppo è creato. Ora crea un codice di accesso.
form-code_created = Il codice di accesso è pronto.
form-organisation_created = L'organizzazione è creata.
form-staff_removed = L'account è stato rimosso.
form-password_changed = La nuova password è salvata. Qui resti dentro; ovunque altro sei uscita.

## learner

learner-title = I miei corsi

## home

home-title = I miei corsi
home-continue = Continua da dove eri rimasta
home-in_progress = Corsi che hai iniziato
home-nothing_started = Non hai ancora iniziato un corso. Scegline uno tra tutti i corsi.
home-finished = Corsi che hai finito
home-finished_on = finito il giorno { $date }
home-left =
    { $lessons ->
        [one] manca { $lessons } lezione
       *[other] mancano { $lessons } lezioni
    } e { $quizzes ->
        [one] { $quizzes } domanda
       *[other] { $quizzes } domande
    }
home-all_courses = Tutti i corsi
home-who_sees = Le tue formatrici di { $organisation } ({ $country }) vedono i tuoi progressi: le lezioni che finisci, se le tue risposte alle domande sono giuste, e i giorni in cui sei stata attiva.

## progress

progress-quizzes = Verifica che cosa hai imparato
progress-tick_all = Segna tutte le risposte giuste.
progress-your_answer = La tua risposta
progress-check = Controlla la risposta
progress-check_signed_out = Controlla la risposta (prima accedi)
progress-sign_in_to_answer = Accedi per controllare le risposte e salvare i tuoi progressi.
progress-right = Giusto!
progress-wrong = Non ancora. Leggi qui, poi riprova.
progress-position = Lezione { $position } di { $count }
progress-done_count =
    { $done ->
        [one] { $done } lezione finita
       *[other] { $done } lezioni finite
    } su { $count }
progress-done_next = Fatto, lezione successiva
progress-done_finish = Fatto, finisci il corso
progress-lesson_done = Hai finito questa lezione.
progress-course_completed = Hai completato questo corso.

## group

group-progress = Progressi
group-needs_help = Ha bisogno di aiuto
group-nobody_needs_help = Nessuna è bloccata o in difficoltà.
group-stuck = ferma
group-struggling = in difficoltà
group-never = mai
group-completed = (completato)
group-learner = Allieva
group-last_activity = Ultima attività
group-chart_title = Lezioni finite dal gruppo, per corso
group-course_bar = { $percent }% · { $completed } completati
group-download_csv = Scarica la tabella (CSV)
group-most_missed = Domande sbagliate più spesso
group-nothing_missed = Ancora nessuna domanda sbagliata.
group-missed_counts =
    sbagliata { $misses ->
        [one] una volta
       *[other] { $misses } volte
    } da { $learners ->
        [one] { $learners } allieva
       *[other] { $learners } allieve
    }
group-stuck_days = Segnala un'allieva come ferma dopo quanti giorni senza attività
group-save_stuck_days = Salva
group-csv_learner = Allieva
group-csv_joined = Iscritta il
group-csv_last_activity = Ultima attività
group-csv_stuck = Ferma
group-csv_struggling = In difficoltà
group-csv_lessons = { $course }: lezioni finite
group-csv_completed = { $course }: completato
group-csv_yes = sì
group-csv_no = no

## learner_view

learner_view-facts = Iscritta il giorno { $joined } · ultima attività: { $last }
learner_view-activity = Attività
learner_view-activity_chart = Risposte e lezioni finite per settimana, ultime 12 settimane
learner_view-week_records =
    { $count ->
        [one] { $count } risposta o lezione finita
       *[other] { $count } risposte o lezioni finite
    }
learner_view-courses = Corsi
learner_view-nothing_started = Non ha ancora iniziato un corso.
learner_view-lesson_done = finita
learner_view-lesson_not_done = non ancora finita
learner_view-not_answered = non ancora risposto
learner_view-right_after = giusta, dopo { $tries } tentativi
learner_view-not_right_yet = non ancora giusta, { $tries } tentativi

## certificate

certificate-mine = I miei certificati
certificate-note_from_trainer = Nota della tua formatrice:
certificate-name_label = Nome da stampare sul certificato
certificate-name_hint = Il tuo nome come vuoi che lo legga un datore di lavoro. Al massimo { $count } caratteri. Puoi cambiarlo finché il certificato non è emesso.
certificate-save_name = Salva il nome
certificate-open = Apri il certificato
certificate-status_needs_name = Scegli il nome da stampare, poi la tua formatrice può emetterlo.
certificate-status_pending = In attesa della revisione della tua formatrice.
certificate-status_returned = La tua formatrice lo ha rimandato indietro. Leggi la nota, poi salva di nuovo il nome.
certificate-status_issued = Emesso.
certificate-status_revoked = Ritirato dalla tua organizzazione.
certificate-did_opened = { $date }: il corso è stato completato e la richiesta aperta.
certificate-did_named = { $date }: { $by } ha scelto il nome da stampare.
certificate-did_returned = { $date }: { $by } l'ha rimandata indietro con una nota.
certificate-did_approved = { $date }: { $by } l'ha approvata, e il certificato è stato emesso.
certificate-did_revoked = { $date }: { $by } l'ha revocato.
certificate-heading = Certificato
certificate-awarded_to = Si certifica che
certificate-completed = ha completato il corso
certificate-skills = Competenze
certificate-course = Corso
certificate-date = Data
certificate-issued_by = Rilasciato da
certificate-code = Codice di verifica
certificate-verify_page = Pagina di verifica
certificate-verify_at = Verifica questo certificato su
certificate-qr_label = Codice QR che apre la pagina di verifica
certificate-download_pdf = Scarica il PDF
certificate-download_credential = Scarica il badge digitale
certificate-credential_hint = Il badge digitale è un file firmato (Open Badges 3.0) che puoi tenere in un portafoglio di badge o mandare a un datore di lavoro. Non contiene il tuo nome né il tuo account.
certificate-print_hint = Per stampare, usa Stampa del browser: viene stampato solo il certificato.
certificate-criteria = Ha completato tutte le lezioni del corso e i suoi quiz; il certificato è stato verificato e approvato da una formatrice.

## review

review-title = Certificati da verificare
review-open = In attesa di una decisione
review-decided = Decisi
review-none_open = Nessuna richiesta in attesa.
review-none_decided = Ancora nessuna decisione.
review-waiting_for_name = In attesa che la partecipante scelga il nome da stampare.
review-opened_on = aperta il giorno { $date }
review-no_name_yet = La partecipante non ha ancora scelto il nome da stampare. Puoi approvare quando lo ha fatto.
review-name_to_print = Nome da stampare:
review-decide = Decidi
review-approve = Approva ed emetti il certificato
review-return = Rimanda indietro con una nota
review-note_label = Nota per la partecipante
review-reason_hint = La partecipante la legge. Al massimo { $count } caratteri.
review-revoke = Revoca il certificato
review-revoke_text = La pagina di verifica dirà che il certificato è stato revocato, e in che data.
review-reason_label = Motivo (conservato con la decisione)
review-evidence = Lezioni e risultati dei quiz
review-no_evidence = Per questo corso non sono registrate lezioni né risposte.
review-withdrawn_evidence = Questo corso è stato ritirato dopo che la partecipante lo ha completato: le sue lezioni e le risposte della partecipante non sono più mostrate qui.
review-all_progress = Tutti i progressi di questa partecipante
review-decisions = Storia

## verify

verify-title = Verifica un certificato
verify-code_label = Codice di verifica
verify-code_hint = Le 12 lettere e cifre stampate sotto il codice QR, per esempio K7MQ-4XPT-9B2D.
verify-check = Verifica
verify-unknown = Nessun certificato ha questo codice. Controlla il codice e scrivilo di nuovo.
verify-withdrawn = Questo certificato è stato ritirato dalla persona che lo aveva ricevuto.
verify-valid = Questo certificato è valido.
verify-revoked = Questo certificato è stato revocato il giorno { $date }.
verify-name_heading = Verifica il nome
verify-name_text = Il nome della persona non è mostrato qui. Scrivi il nome che ti è stato dato per verificare che sia quello sul certificato.
verify-name_label = Nome
verify-check_name = Verifica il nome

## partner

partner-title = I miei corsi

## author

author-no_drafts = Ancora nessun corso. Creane uno qui sotto, o carica un archivio.
author-published_version = Versione { $version } pubblicata
author-never_published = Non ancora pubblicato
author-changed_on = modificato il giorno { $date }
author-new_course = Nuovo corso
author-create = Crea il corso
author-course_title = Titolo
author-track = Percorso
author-default_language = Lingua principale
author-other_languages = Altre lingue
author-languages_hint = Codici di lingua separati da virgole, per esempio: it, ro. Lascia vuoto per una sola lingua.
author-upload_archive = Carica un archivio del corso
author-upload_archive_hint = Un .zip di una cartella di corso, come lo scarichi qui o lo tieni in git. Crea una bozza; sostituisce la bozza dello stesso corso solo se spunti la casella.
author-replace_draft = Sostituisci la bozza del corso, se ne ha una
author-archive_file = Archivio (.zip)
author-upload = Carica
author-settings = Impostazioni
author-download_archive = Scarica come .zip
author-contents = Contenuti
author-add_module = Aggiungi una parte
author-module_title = Titolo della parte
author-add_lesson = Aggiungi una lezione
author-lesson_title = Titolo della lezione
author-written = scritta
author-missing = mancante
author-outdated = da aggiornare
author-move_up = Sposta su
author-move_down = Sposta giù
author-remove = Togli
author-problems = Problemi da correggere
author-line = riga { $line }
author-images = Immagini
author-images_hint = PNG, JPEG, WebP, GIF o SVG semplice, al massimo 512 KB e 4 milioni di pixel. Descrivi sempre l'immagine nel Markdown.
author-image_file = Immagine
author-publish = Pubblica
author-fix_problems_first = Prima correggi i problemi qui sopra: si può pubblicare solo un corso senza problemi.
author-nothing_changed = Niente è cambiato dalla versione che leggono.
author-first_version = Prima versione: ogni lezione è nuova.
author-lessons_added = Lezioni nuove:
author-lessons_removed = Lezioni tolte:
author-lessons_changed = Lezioni cambiate:
author-quizzes_changed = Quiz cambiati in:
author-lessons_moved = Lezioni spostate:
author-settings_changed = Titoli, riassunto o impostazioni cambiati.
author-progress_kept = Chi studia tiene i suoi progressi: le lezioni tengono il loro id.
author-publish_version = Pubblica la versione { $version }
author-versions = Versioni
author-version_by = Versione { $version }, pubblicata da { $handle } il giorno { $date }
author-current = È quella che leggono ora
author-publish_again = Pubblica di nuovo questa versione
author-visibility = Chi può seguire il corso
author-visible_everyone = Chi studia con ogni organizzazione
author-visible_organisation = Solo chi studia con la nostra organizzazione
author-summary = Riassunto
author-certificate_title = Titolo del certificato
author-certificate_title_hint = Lascia vuoto per usare il titolo del corso. Non nominare mai il programma.
author-skills = Competenze sul certificato
author-skills_hint = Una competenza per riga, al massimo 8.
author-module_named = Titoli della parte: { $id }
author-pass_mark = Soglia (%)
author-pass_mark_hint = Percentuale dei quiz da rispondere bene per completare il corso: da 0 a 100.
author-save = Salva
author-back_to_course = Torna al corso
author-outdated_notice = Il testo in { $language } è cambiato dopo il salvataggio di questa traduzione. Confrontala con il testo accanto, poi salva.
author-conflict = Qualcun altro ha salvato questa lezione dopo che l'hai aperta. Il tuo testo è nel riquadro; il testo salvato è qui sotto. Uniscili, poi salva.
author-not_saved = Il tuo testo non è stato salvato (vedi sopra il motivo). È nel riquadro; il testo salvato è qui sotto. Correggilo, poi salva.
author-their_text = Il testo salvato
author-original = Il testo in { $language }
author-image_markdown_hint = Copia una riga nel testo dove va l'immagine, e descrivi l'immagine tra le parentesi quadre.
author-minutes = Minuti di lettura
author-lesson_text = Testo (Markdown)
author-lesson_text_hint = Usa ## per le sezioni. I quiz sono blocchi che iniziano con ```quiz (vedi la guida al formato dei corsi).
author-save_and_preview = Salva e guarda l'anteprima
author-preview = Anteprima
author-preview_notice = Anteprima: chi studia la vede quando pubblichi.
author-back_to_editor = Torna all'editor
author-cannot_preview = Questa lezione non si può ancora mostrare:

## refused

refused-not_a_zip = Il file non è un archivio .zip.
refused-no_manifest = La cartella del corso nell'archivio non ha course.toml, quindi non è un corso.
refused-too_big = L'archivio è troppo grande: il limite è { $limit }.
refused-too_many_entries = L'archivio contiene troppi file: il limite è { $limit }.
refused-course_too_big = Il corso è troppo grande: il limite è { $limit }.
refused-bad_name = { $entry }: questo nome non si può usare in un corso.
refused-absolute_path = { $entry }: il percorso parte dalla radice. I percorsi devono restare nella cartella del corso.
refused-traversal = { $entry }: il percorso esce dalla cartella del corso (..).
refused-link = { $entry }: è un collegamento. Copia il file nel corso.
refused-not_a_file = { $entry }: non è un file normale.
refused-encrypted = { $entry }: è cifrato. Caricalo senza password.
refused-unsupported = { $entry }: compresso in un modo che questo sito non legge. Rifai il .zip.
refused-damaged = { $entry }: danneggiato. Rifai il .zip.
refused-duplicate = { $entry }: è nell'archivio due volte.
refused-not_one_course_folder = L'archivio deve contenere una sola cartella di corso, con tutto dentro.
refused-bad_slug = { $entry }: il nome della cartella del corso può usare solo lettere minuscole, cifre e trattini.
refused-file_too_big = { $entry }: troppo grande; il limite è { $limit }.
refused-bomb = { $entry }: si espande molto oltre la sua dimensione. Non è stato letto.
refused-unknown_type = { $entry }: non è un'immagine PNG, JPEG, WebP, GIF o SVG.
refused-not_what_it_says = { $entry }: il contenuto non corrisponde al nome.
refused-too_many_pixels = { $entry }: troppi pixel; il limite è { $limit }.
refused-unreadable = { $entry }: l'immagine non si può leggere.
refused-unsafe_svg = { $entry }: l'SVG contiene qualcosa che non è un semplice disegno ({ $limit }).

## problem

problem-course_folder_is_link = la cartella del corso è un collegamento simbolico; un corso deve essere una cartella normale
problem-course_not_folder = il corso non è una cartella
problem-cannot_read = non si può leggere: { $error }
problem-too_many_files = il corso contiene più di { $limit } file e cartelle; questo è il limite
problem-name_not_utf8 = il nome non è testo UTF-8
problem-file_is_link = `{ $path }` è un collegamento simbolico; un corso può contenere solo file normali
problem-file_is_pipe = `{ $path }` è una pipe con nome; un corso può contenere solo file normali
problem-file_is_socket = `{ $path }` è un socket; un corso può contenere solo file normali
problem-file_is_device = `{ $path }` è un dispositivo; un corso può contenere solo file normali
problem-file_not_ordinary = `{ $path }` non è un file normale; un corso può contenere solo file normali
problem-course_too_big = il corso supera { $limit } MB in tutto; questo è il limite
problem-file_holds_file = `{ $parent }` è un file, quindi non può contenere `{ $path }`
problem-folder_not_file = `{ $path }` è una cartella, quindi non può essere un file
problem-path_empty = un file deve avere un nome
problem-path_absolute = `{ $path }` è un percorso assoluto; un corso contiene percorsi relativi
problem-path_control = `{ $path }` ha nel nome una barra rovesciata o un carattere di controllo
problem-path_dots = `{ $path }` ha un nome vuoto, `.` o `..`; un corso contiene semplici percorsi relativi
problem-media_too_big = il file è di { $size } KB; il limite è { $limit } KB, perché chi studia paga ogni byte
problem-file_too_big = il file è di { $size } KB; il limite è { $limit } KB
problem-file_changed = il file è cambiato mentre veniva letto; riprova
problem-file_over_limit = il file contiene più di quanto dice la sua dimensione, e più del limite di { $limit } KB
problem-folder_not_module = la cartella `{ $folder }` non è una parte dichiarata in course.toml
problem-lesson_id_taken = l'id della lezione `{ $id }` è già usato da { $path }
problem-no_front_matter = una lezione inizia con un'intestazione tra due righe `+++` (id, title, minutes)
problem-lesson_id_invalid = l'id della lezione `{ $id }` può usare solo lettere minuscole, cifre e trattini
problem-lesson_title_empty = il titolo della lezione è vuoto
problem-lesson_title_hidden = il titolo della lezione contiene un carattere di controllo o di direzione del testo; toglilo
problem-minutes_range = i minuti (minutes) devono essere da 1 a 120
problem-translation_missing = la lezione `{ $id }` non ha la traduzione `{ $language }` in { $folder }
problem-translation_other_module = la lezione `{ $id }` è qui nella parte `{ $module }`, ma nella parte `{ $original }` in `{ $language }`
problem-translation_without_original = la lezione `{ $id }` non esiste nella lingua principale `{ $language }`
problem-image_unknown_type = immagine `{ $url }`: si possono usare solo immagini PNG, JPEG, WebP, GIF e SVG; salvala in uno di questi formati
problem-image_other_kind = immagine `{ $url }`: il nome dice { $expected }, ma contiene un'immagine { $found }; salvala di nuovo come { $expected }, o dalle l'estensione giusta
problem-image_no_picture = immagine `{ $url }`: il nome dice { $expected }, ma non contiene un'immagine (è testo, una pagina web o un altro tipo di file)
problem-image_too_many_pixels = immagine `{ $url }`: l'immagine è di { $width } × { $height } pixel; il limite è { $side } per lato e { $millions } milioni in tutto, quindi rimpiccioliscila
problem-image_unreadable = immagine `{ $url }`: l'immagine non si può leggere, perché il file è troncato o danneggiato; salvala di nuovo
problem-svg_dtd = immagine `{ $url }`: il disegno dichiara un DTD (`{ $found }`); togli quella riga
problem-svg_not_xml = immagine `{ $url }`: il disegno non è XML ben formato ({ $found })
problem-svg_instruction = immagine `{ $url }`: il disegno ha un'istruzione di elaborazione `{ $found }`; esportalo di nuovo come SVG semplice
problem-svg_foreign_element = immagine `{ $url }`: il disegno ha un elemento `{ $found }` che non è SVG (dati dell'editor, o una pagina web dentro); esportalo di nuovo come SVG semplice
problem-svg_script = immagine `{ $url }`: il disegno ha un elemento `{ $found }`; un'immagine non può eseguire codice
problem-svg_foreign_object = immagine `{ $url }`: il disegno ha un elemento `{ $found }`, che può contenere una pagina web
problem-svg_link = immagine `{ $url }`: il disegno ha un collegamento (`{ $found }`); un'immagine non può avere collegamenti
problem-svg_loads_file = immagine `{ $url }`: il disegno carica un altro file (`{ $found }`); metti invece l'immagine nella lezione
problem-svg_animated = immagine `{ $url }`: il disegno è animato (`{ $found }`); si accettano solo disegni fermi
problem-svg_element = immagine `{ $url }`: il disegno ha un elemento `{ $found }`, che non è un semplice disegno; esportalo di nuovo come SVG semplice
problem-svg_event_handler = immagine `{ $url }`: il disegno ha un gestore di eventi (`{ $found }`); un'immagine non può eseguire codice
problem-svg_external_link = immagine `{ $url }`: il disegno ha un collegamento a `{ $found }`, fuori dal disegno
problem-svg_attribute = immagine `{ $url }`: il disegno ha un attributo che non è un attributo di disegno (`{ $found }`); esportalo di nuovo come SVG semplice
problem-svg_css_escape = immagine `{ $url }`: lo stile in `{ $found }` nasconde dei caratteri dietro un escape `\`
problem-svg_css_at_rule = immagine `{ $url }`: lo stile in `{ $found }` ha una regola con @, come `@import`
problem-svg_css_function = immagine `{ $url }`: lo stile in `{ $found }` usa `{ $function }`, che non è un colore né una trasformazione
problem-image_too_big = immagine `{ $url }`: il file è di { $size } KB; il limite è { $limit } KB, perché chi studia paga ogni byte
problem-link_scheme = il collegamento `{ $url }` non è permesso: collega una lezione (.md), una pagina web (https://) o un indirizzo email (mailto:)
problem-link_no_lesson = il collegamento `{ $url }` non porta a nessuna lezione di questo corso: collega una lezione (.md), una pagina web (https://) o un indirizzo email (mailto:)
problem-image_elsewhere = l'immagine `{ $url }` deve essere un file nella cartella del corso: un'immagine di un altro sito farebbe contattare quel sito dai telefoni di chi studia
problem-image_missing = l'immagine `{ $url }` non esiste
problem-not_relative = `{ $url }` deve essere un percorso relativo al file della lezione, come `images/photo.png` o `02-next.md`
problem-outside_course = `{ $url }` porta fuori dalla cartella del corso
problem-quiz_id_taken = l'id del quiz `{ $id }` è già usato in { $place }
problem-quiz_out_of_order = qui c'è il quiz `{ $id }`, dove `{ $language }` ha il quiz `{ $original }`: una traduzione ha gli stessi quiz, nello stesso ordine
problem-quiz_missing = il quiz `{ $id }` di `{ $language }` manca in questa traduzione
problem-quiz_not_in_original = il quiz `{ $id }` non c'è in `{ $language }`: una traduzione ha gli stessi quiz, nello stesso ordine
problem-quiz_option_count =
    il quiz `{ $id }` ha qui { $count ->
        [one] { $count } opzione
       *[other] { $count } opzioni
    }, ma { $original } in `{ $language }`
problem-option_right_here = questa opzione è segnata giusta `[x]` qui, ma sbagliata `[ ]` in `{ $language }`: le stesse opzioni sono giuste in ogni lingua
problem-option_wrong_here = questa opzione è segnata sbagliata `[ ]` qui, ma giusta `[x]` in `{ $language }`: le stesse opzioni sono giuste in ogni lingua
problem-quiz_typed_here = il quiz `{ $id }` ha opzioni da spuntare in `{ $language }`, ma qui una risposta da scrivere
problem-quiz_options_here = il quiz `{ $id }` ha una risposta da scrivere in `{ $language }`, ma qui opzioni da spuntare
problem-quiz_no_id = un quiz ha bisogno di un id dopo la parola quiz, per esempio ```quiz first-day
problem-quiz_id_invalid = l'id del quiz `{ $id }` può usare solo lettere minuscole, cifre e trattini
problem-quiz_stray_block = questo non fa parte di un quiz: un quiz contiene una domanda, poi un elenco di opzioni (`- [x]`, `- [ ]`) o di risposte accettate (`- = ...`), poi, se vuoi, una spiegazione `>`
problem-quiz_no_question = il quiz non ha una domanda: scrivila per prima, come riga di testo prima dell'elenco
problem-quiz_no_options = il quiz non ha opzioni (`- [x]`, `- [ ]`) né risposte accettate (`- = ...`)
problem-option_empty = questa opzione non ha testo: scrivilo dopo `[x]` o `[ ]`
problem-option_stray_block = sotto un'opzione ci può essere solo il suo commento, come citazione `>`
problem-answer_empty = questa risposta accettata è vuota: scrivila dopo il segno `=`
problem-answer_too_long = questa risposta accettata è più lunga di { $limit } caratteri: una risposta da scrivere è breve
problem-answer_stray_block = sotto una risposta accettata non ci può essere niente: scrivi le spiegazioni in una citazione `>` dopo l'elenco
problem-item_unmarked = ogni voce dell'elenco inizia con `[x]` (giusta), `[ ]` (sbagliata) o `=` (una risposta accettata), poi uno spazio
problem-quiz_mixed = l'elenco mescola opzioni (`[x]`, `[ ]`) e risposte accettate (`=`): un quiz ha le une o le altre
problem-quiz_one_option = il quiz ha una sola opzione: scrivine almeno due, o accetta una risposta da scrivere con `- = ...`
problem-quiz_none_right = nessuna opzione è segnata giusta: segna quella giusta con `[x]`
problem-toml_invalid = le impostazioni non si possono leggere: { $detail }
problem-version_zero = version deve essere 1 o più
problem-pass_mark_range = pass_mark è una percentuale dei quiz: da 0 a 100
problem-track_unknown = percorso sconosciuto `{ $track }`: usa uno di questi: { $known }
problem-languages_empty = scrivi almeno una lingua
problem-language_invalid = `{ $language }` non è un codice di lingua come `en` o `it`
problem-language_twice = la lingua `{ $language }` è nell'elenco due volte
problem-default_language_unlisted = la lingua principale `{ $language }` (default_language) non è in `languages`
problem-module_id_invalid = l'id della parte `{ $id }` può usare solo lettere minuscole, cifre e trattini
problem-module_id_twice = l'id della parte `{ $id }` è usato due volte
problem-modules_empty = aggiungi almeno una voce [[modules]]
problem-skills_missing = le competenze sul certificato non hanno un elenco in `{ $language }`
problem-skills_extra_language = le competenze sul certificato hanno un elenco in `{ $language }`, ma `{ $language }` non è in `languages`
problem-skills_too_many = competenze sul certificato in `{ $language }`: al massimo { $limit }, una pagina
problem-skill_invalid = competenza sul certificato `{ $skill }` in `{ $language }`: una riga da 1 a { $limit } caratteri
problem-reveals_programme = `{ $words }` è stampato sui certificati e dice `{ $word }`: i certificati non nominano mai il programma
problem-text_missing = `{ $field }` non ha un testo in `{ $language }`
problem-text_hidden = `{ $field }` in `{ $language }` contiene un carattere di controllo o di direzione del testo; toglilo
problem-text_extra_language = `{ $field }` ha un testo in `{ $language }`, ma `{ $language }` non è in `languages`
problem-catalogue_link = `{ $path }` è un collegamento simbolico; un corso deve essere una cartella normale nel catalogo
problem-slug_invalid = la cartella del corso `{ $slug }` può usare solo lettere minuscole, cifre e trattini
problem-language_no_folder = la lingua `{ $language }` è nell'elenco, ma non c'è una cartella `{ $language }/`
problem-no_lessons = il corso non ha lezioni
problem-file_missing = il file manca
problem-file_not_utf8 = il file non è testo UTF-8
