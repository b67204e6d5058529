# Die Oberfläche auf Deutsch: eine Nachricht für jeden Text, den jemand liest.
# Format: Project Fluent (https://projectfluent.org), wie Weblate und Pontoon es bearbeiten.

## language

# Der Name dieser Sprache, in ihr selbst geschrieben: Die Sprachliste zeigt jede Sprache mit ihrem eigenen Namen.
language-name = Deutsch
language-title = Sprachen
language-interface = Sprache der Seiten
language-current = { $language } (aktuell)
language-unknown = Die Sprache „{ $code }“ gibt es auf dieser Website nicht. Wähle eine von diesen:
language-reading_title = Sprachen, die du liest
language-reading_text = Kreuze jede Sprache an, die du lesen kannst. Ein Kurs wird in der ersten dieser Sprachen gezeigt, in der es ihn gibt. Die Kursliste zeigt nur diese Kurse.
language-reading_best = Die Sprache, die du am besten liest
language-reading_also = Weitere Sprachen, die du liest
language-reading_save = Speichern
language-reading_all = Du hast noch nichts gewählt: Alle Kurse werden gezeigt.

## site

site-skip_to_content = Zum Inhalt springen
site-quick_exit = Schnell verlassen
site-languages = Sprachen
site-not_found_title = Seite nicht gefunden
site-not_found_text = Diese Seite gibt es nicht, oder sie wurde verschoben.
site-back_to_courses = Zurück zu allen Kursen
site-unavailable = Bei uns ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.
site-forbidden_title = Kein Zugang
site-forbidden_text = Mit deinem Konto kannst du diese Seite nicht öffnen.
site-wait_title = Zu viele Versuche

## catalogue

catalogue-title = Kurse
catalogue-intro = Kurze Lektionen für dein Handy, in deinem eigenen Tempo.
catalogue-lessons =
    { $count ->
        [one] { $count } Lektion
       *[other] { $count } Lektionen
    }
catalogue-minutes =
    etwa { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    }
catalogue-in_languages = Sprachen: { $languages }
catalogue-empty = Noch keine Kurse.
catalogue-filtered = Kurse in diesen Sprachen: { $languages }
catalogue-change_languages = Ändern
catalogue-show_all = Alle Kurse zeigen
catalogue-none_readable = In diesen Sprachen gibt es noch keinen Kurs.

## date

# So schreibt man ein Datum, zum Beispiel 6. Dezember 2026.
date-format = { $day }. { $month } { $year }
date-day_month = { $day }. { $month }
date-month_1 = Januar
date-month_2 = Februar
date-month_3 = März
date-month_4 = April
date-month_5 = Mai
date-month_6 = Juni
date-month_7 = Juli
date-month_8 = August
date-month_9 = September
date-month_10 = Oktober
date-month_11 = November
date-month_12 = Dezember

## track

track-job-readiness = Vorbereitung auf die Arbeit
track-language-for-work = Sprache für die Arbeit
track-digital-skills = Digitale Fähigkeiten

## course

course-start = Kurs beginnen
course-module = Teil { $number }
course-minutes = { $count } Min.
course-fallback = Diesen Kurs gibt es noch nicht auf Deutsch. Er wird auf { $language } gezeigt.

## lesson

lesson-minutes =
    Etwa { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    }
lesson-previous = Zurück
lesson-next = Weiter
lesson-finished = Du hast das Ende dieses Kurses erreicht.
lesson-also_in = Diese Lektion auf:
lesson-fallback = Diese Lektion gibt es noch nicht auf Deutsch. Sie wird auf { $language } gezeigt.
lesson-outdated = Diese Übersetzung ist vielleicht nicht mehr aktuell, denn der Text auf { $language } wurde inzwischen geändert. Es gilt der Text auf { $language }.
lesson-contents = Inhalt des Kurses

## account

account-nav = Dein Konto
account-sign_in = Anmelden
account-sign_in_required = Bitte melde dich an, um diese Seite zu sehen.
account-title = Mein Konto
account-sign_out = Abmelden
account-handle = Name auf dieser Website
account-password = Passwort
account-shared_device = Dieses Handy nutzen auch andere
account-shared_device_hint = Du wirst abgemeldet, wenn du den Browser schließt, und nach 20 Minuten ohne Nutzung.
account-no_account = Neu hier?
account-forgot = Passwort vergessen?
account-choose_handle = Wähle einen Namen für diese Website
account-handle_hint = Nicht dein echter Name, sondern ein Name, den du dir merken kannst. 3 bis 32 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.
account-choose_password = Wähle ein Passwort
account-password_hint = Mindestens 8 Zeichen. Einen kurzen Satz kann man sich leicht merken.
account-role = Rolle
account-organisation = Organisation
account-cohort = Gruppe
account-change_title = Mein Passwort ändern
account-change = Mein Passwort ändern
account-data_title = Deine Daten
account-data_text = Lade alles, was diese Website über dich speichert, als Datei herunter.
account-download = Meine Daten herunterladen
account-sessions_title = Angemeldete Handys und Computer
account-sessions_text = Hast du dich auf einem anderen Handy oder Computer angemeldet und weißt nicht sicher, ob du dich dort abgemeldet hast? Dann melde dich überall ab.
account-sign_out_everywhere = Überall abmelden
account-delete_title = Mein Konto löschen
account-delete_text = Damit löschst du dein Konto und alles darin, für immer. Gib zur Bestätigung dein Passwort ein.
account-delete = Mein Konto löschen

## join

join-link = Mit einem Code beitreten
join-title = Einer Gruppe beitreten
join-intro = Deine Kursleitung gibt dir einen Gruppencode. Gib ihn hier ein.
join-code = Gruppencode
join-code_hint = Zum Beispiel K7MQ-4XPT. Du kannst große oder kleine Buchstaben schreiben.
join-continue = Weiter
join-cohort = Du trittst der Gruppe „{ $cohort }“ bei.
join-who_sees = Deine Kursleitung bei { $organisation } ({ $country }) wird Folgendes sehen: den Namen, den du auf dieser Website wählst, dass du in ihrer Gruppe bist, und deinen Fortschritt. Das sind die Lektionen, die du beendest, ob deine Antworten auf die Fragen richtig sind, und die Tage, an denen du aktiv warst. Sonst wird nichts über dein Lesen gespeichert.
join-no_personal_data = Wir fragen nicht nach deinem echten Namen, deiner E-Mail-Adresse oder Telefonnummer. Benutze sie hier nicht als Namen.
join-another_code = Nicht diese Gruppe? Anderen Code benutzen
join-create = Mein Konto erstellen

## reset

reset-link = Neues Passwort mit einem Code von deiner Kursleitung festlegen
reset-title = Neues Passwort festlegen
reset-intro = Deine Kursleitung kann dir einen Passwort-Code geben. Damit wählst du ein neues Passwort. Der Code funktioniert nur einmal.
reset-code = Passwort-Code
reset-submit = Mein neues Passwort speichern

## safety

safety-link = Sicher bleiben auf dieser Website
safety-title = Sicher bleiben auf dieser Website
safety-quick_exit = Der Knopf „Schnell verlassen“ ist auf jeder Seite. Er öffnet statt dieser Website eine ganz normale Website. Auch mit „Zurück“ kommst du nicht wieder auf diese Website.
safety-shift = Auf einem Handy oder Computer mit Tastatur geht es auch so: Drücke dreimal die Umschalttaste (Shift).
safety-history = „Schnell verlassen“ löscht nicht den Verlauf deines Browsers: Dort können frühere Seiten dieser Website noch stehen. Wenn jemand den Verlauf ansehen könnte, nutze den privaten Modus deines Browsers oder lösche den Verlauf.
safety-shared = Auf einem geteilten Handy: Kreuze beim Anmelden „Dieses Handy nutzen auch andere“ an. Dann wirst du abgemeldet, wenn du den Browser schließt. Melde dich immer ab, wenn du fertig bist.
safety-spyware = Keine Website kann sich vor Spionage-Programmen verstecken, die auf dem Handy selbst installiert sind. Wenn du denkst, dass dein Handy überwacht wird, nutze ein anderes und sprich mit deiner Kursleitung.
safety-data = Diese Website speichert nur: den Namen, den du hier gewählt hast, dein Passwort in einer Form, die niemand zurücklesen kann, deine Gruppe und die Sitzungen, in denen du angemeldet bist. Du kannst diese Daten jederzeit unter „Mein Konto“ herunterladen oder dein Konto dort löschen.

## role

role-learner = Teilnehmerin
role-trainer = Kursleitung
role-partner = Kursredaktion
role-admin = Administration

## trainer

trainer-title = Gruppen
trainer-no_cohorts = Noch keine Gruppen. Erstelle unten eine.
trainer-counts =
    { $learners ->
        [one] { $learners } Person
       *[other] { $learners } Personen
    } · { $codes ->
        [one] { $codes } offener Gruppencode
       *[other] { $codes } offene Gruppencodes
    }
trainer-new_cohort = Neue Gruppe
trainer-cohort_name = Name der Gruppe
trainer-cohort_name_hint = Die Teilnehmenden sehen den Namen, wenn sie beitreten. Wähle einen neutralen Namen, zum Beispiel „Dienstagskurs“.
trainer-create_cohort = Gruppe erstellen

## cohort

cohort-codes = Gruppencodes
cohort-codes_text = Gib den Teilnehmenden dieser Gruppe einen Code. Jeder Code funktioniert eine bestimmte Anzahl von Malen, bis er abläuft oder du ihn sperrst.
cohort-code_open = Offen
cohort-code_used_up = Aufgebraucht
cohort-code_expired = Abgelaufen
cohort-code_revoked = Gesperrt
cohort-uses_left =
    { $count ->
        [one] noch { $count } Nutzung
       *[other] noch { $count } Nutzungen
    }
cohort-expires = gültig bis { $date }
cohort-revoke = Sperren
cohort-uses = Wie viele Personen können ihn nutzen?
cohort-days = Wie viele Tage ist er gültig?
cohort-create_code = Gruppencode erstellen
cohort-learners = Teilnehmende
cohort-no_learners = Noch niemand ist beigetreten.
cohort-joined = beigetreten am { $date }
cohort-give_reset_code = Passwort-Code ausgeben
cohort-reset_code = Passwort-Code, wird nur einmal gezeigt. Gib ihn der Person persönlich. Er funktioniert einmal, 24 Stunden lang:

## admin

admin-title = Organisationen
admin-new_organisation = Neue Organisation
admin-organisation_name = Name der Organisation
admin-country = Land
admin-country_hint = Code aus zwei Buchstaben, zum Beispiel IT, NG oder AL.
admin-create_organisation = Organisation erstellen
admin-new_staff = Neues Konto für Mitarbeitende
admin-new_staff_text = Das neue Konto bekommt einen Einrichtungscode, der nur einmal gezeigt wird. Damit legt die Person auf der Passwort-Seite ihr Passwort fest.
admin-no_organisation = Keine (nur Administration)
admin-create_staff = Konto erstellen
admin-not_active = (Passwort noch nicht festgelegt)
admin-admins = Administration
admin-new_setup_code = Neuer Einrichtungscode
admin-remove = Entfernen
admin-setup_code = Einrichtungscode, wird nur einmal gezeigt. Er funktioniert einmal, 24 Stunden lang:

## form

form-course_created = Der Kurs ist erstellt. Füge ein Modul hinzu, dann Lektionen.
form-saved = Gespeichert. Die Teilnehmenden sehen es, sobald du veröffentlichst.
form-published = Veröffentlicht. Die Teilnehmenden lesen jetzt diese Version.
form-image_added = Das Bild ist hinzugefügt. Sein Markdown steht in jedem Lektions-Editor unter „Bilder“.
form-archive_imported = Das Archiv ist in den Entwurf übernommen. Prüfe den Entwurf, dann veröffentliche.
form-title_needed = Schreib einen Titel.
form-languages_invalid = Schreib Sprachcodes wie it, ro, sq, getrennt durch Kommas.
form-edit_conflict = Jemand anderes hat diese Lektion gespeichert, seit du sie geöffnet hast.
form-draft_changed = Der Kurs hat sich geändert, seit du ihn angesehen hast. Prüfe die Änderungen, dann veröffentliche noch einmal.
form-not_publishable = Der Kurs hat Probleme. Behebe sie, dann veröffentliche.
form-upload_refused = Die Datei wurde abgelehnt.
form-course_too_big = Der Kurs wäre zu groß: höchstens 2.000 Dateien und insgesamt 32 MB. Entferne zuerst Bilder oder Lektionen.
form-settings_changed = Jemand hat die Einstellungen geändert, seit du diese Seite geöffnet hast. Deshalb wurden deine Änderungen nicht gespeichert. Hier sind die Einstellungen, wie sie jetzt gespeichert sind: Mach deine Änderungen noch einmal.
form-text_invalid = Ein Titel, eine Zusammenfassung oder eine Fähigkeit enthält ein unsichtbares Zeichen (zum Beispiel eine Richtungsmarke), deshalb wurde nichts gespeichert. Nimm es heraus und speichere noch einmal.
form-course_taken = Ein Kurs mit dieser Adresse existiert schon und gehört nicht dir. Benenne den Kursordner im Archiv um.
form-draft_exists = Dieser Kurs hat schon einen Entwurf, und deine Datei ist anders, deshalb wurde nichts geändert. Um den Entwurf durch deine Datei zu ersetzen, kreuze das Kästchen an und lade sie noch einmal hoch (lade den Entwurf vorher herunter, um eine Kopie zu behalten).
form-name_changed = Der Name wurde geändert, seit du diese Seite geöffnet hast. Prüfe den neuen Namen, dann gib ihn frei.
form-name_revealing = Dieser Name verrät, was das Programm ist. Er wird auf Zertifikate gedruckt: Wähle einen neutralen Namen, zum Beispiel „Hafen-Jobs“.
form-note_missing = Schreib eine Notiz oder einen Grund (bis zu 500 Zeichen, in einer Zeile).
form-name_needed = Zuerst muss die teilnehmende Person den Namen für den Druck wählen.
form-name_differs = Dieser Name ist nicht der auf dem Zertifikat.
form-certificate_name_saved = Gespeichert. Deine Kursleitung prüft jetzt dein Zertifikat.
form-certificate_returned = Mit deiner Notiz zurückgeschickt.
form-certificate_approved = Freigegeben. Das Zertifikat ist ausgestellt.
form-certificate_revoked = Das Zertifikat ist widerrufen.
form-name_matches = Dieser Name ist der auf dem Zertifikat.
form-course_completed = Du hast den Kurs abgeschlossen. Gut gemacht!
form-stuck_days_saved = Gespeichert.
form-wrong = Der Name oder das Passwort stimmt nicht. Prüfe beides und versuche es noch einmal.
form-wait = Zu viele Versuche. Warte eine Minute, dann versuche es noch einmal.
form-busy = Die Website ist gerade sehr ausgelastet. Bitte versuche es gleich noch einmal.
form-too_long = Das ist zu lang. Bitte schreib einen kürzeren Text.
form-missing = Bitte fülle alle Felder aus.
form-handle_invalid = Benutze für deinen Namen 3 bis 32 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.
form-handle_taken = Diesen Namen benutzt schon jemand. Bitte wähle einen anderen.
form-password_short = Dein Passwort braucht mindestens 8 Zeichen.
form-code_invalid = Dieser Code funktioniert nicht. Vielleicht ist er falsch geschrieben, aufgebraucht oder abgelaufen. Frag deine Kursleitung.
form-reset_invalid = Der Name oder der Passwort-Code stimmt nicht, oder der Code ist abgelaufen.
form-name_invalid = Bitte gib einen Namen mit 1 bis 80 Zeichen ein.
form-name_taken = Dieser Name ist schon vergeben.
form-number_invalid = Bitte gib eine ganze Zahl im erlaubten Bereich ein.
form-country_invalid = Bitte gib das Land als Code aus zwei Buchstaben ein.
form-organisation_missing = Kursleitung und Kursredaktion gehören zu einer Organisation: Bitte wähle eine aus.
form-signed_out = Du bist abgemeldet.
form-signed_out_everywhere = Du bist auf allen Handys und Computern abgemeldet.
form-password_set = Dein neues Passwort ist gespeichert. Melde dich damit an.
form-deleted = Dein Konto und alles darin sind gelöscht.
form-cohort_created = Die Gruppe ist erstellt. Erstelle jetzt einen Gruppencode dafür.
form-code_created = Der Gruppencode ist bereit.
form-organisation_created = Die Organisation ist erstellt.
form-staff_removed = Das Konto ist entfernt.
form-password_changed = Dein neues Passwort ist gespeichert. Hier bleibst du angemeldet. Überall sonst bist du abgemeldet.

## learner

learner-title = Meine Kurse

## home

home-title = Meine Kurse
home-continue = Weitermachen, wo du aufgehört hast
home-in_progress = Kurse, die du begonnen hast
home-nothing_started = Du hast noch keinen Kurs begonnen. Wähle einen aus allen Kursen.
home-finished = Kurse, die du abgeschlossen hast
home-finished_on = abgeschlossen am { $date }
home-left =
    Noch offen: { $lessons ->
        [one] { $lessons } Lektion
       *[other] { $lessons } Lektionen
    } und { $quizzes ->
        [one] { $quizzes } Frage
       *[other] { $quizzes } Fragen
    }
home-all_courses = Alle Kurse
home-who_sees = Deine Kursleitung bei { $organisation } ({ $country }) sieht deinen Fortschritt: die Lektionen, die du beendest, ob deine Antworten auf die Fragen richtig sind, und die Tage, an denen du aktiv warst.

## progress

progress-quizzes = Prüfe, was du gelernt hast
progress-tick_all = Kreuze jede passende Antwort an.
progress-your_answer = Deine Antwort
progress-check = Meine Antwort prüfen
progress-check_signed_out = Meine Antwort prüfen (zuerst anmelden)
progress-sign_in_to_answer = Melde dich an, um deine Antworten zu prüfen und deinen Fortschritt zu speichern.
progress-right = Richtig!
progress-wrong = Noch nicht. Lies das hier, dann versuche es noch einmal.
progress-position = Lektion { $position } von { $count }
progress-done_count =
    { $done } von { $count ->
        [one] { $count } Lektion
       *[other] { $count } Lektionen
    } erledigt
progress-done_next = Fertig, nächste Lektion
progress-done_finish = Fertig, Kurs abschließen
progress-lesson_done = Du hast diese Lektion beendet.
progress-course_completed = Du hast diesen Kurs abgeschlossen.

## group

group-progress = Fortschritt
group-needs_help = Braucht Hilfe
group-nobody_needs_help = Niemand steckt fest oder hat Schwierigkeiten.
group-stuck = steckt fest
group-struggling = hat Schwierigkeiten
group-never = nie
group-completed = (abgeschlossen)
group-learner = Teilnehmende
group-last_activity = Letzte Aktivität
group-chart_title = Erledigte Lektionen der Gruppe, pro Kurs
group-course_bar = { $percent } % · { $completed } abgeschlossen
group-download_csv = Tabelle herunterladen (CSV)
group-most_missed = Am häufigsten falsch beantwortete Fragen
group-nothing_missed = Noch keine Frage falsch beantwortet.
group-missed_counts =
    { $misses ->
        [one] einmal
       *[other] { $misses }-mal
    } falsch beantwortet, von { $learners ->
        [one] { $learners } Person
       *[other] { $learners } Personen
    }
group-stuck_days = Nach wie vielen Tagen ohne Aktivität gilt jemand als „steckt fest“?
group-save_stuck_days = Speichern
group-csv_learner = Teilnehmende
group-csv_joined = Beigetreten
group-csv_last_activity = Letzte Aktivität
group-csv_stuck = Steckt fest
group-csv_struggling = Hat Schwierigkeiten
group-csv_lessons = { $course }: erledigte Lektionen
group-csv_completed = { $course }: abgeschlossen
group-csv_yes = ja
group-csv_no = nein

## learner_view

learner_view-facts = Beigetreten am { $joined } · letzte Aktivität: { $last }
learner_view-activity = Aktivität
learner_view-activity_chart = Antworten und erledigte Lektionen pro Woche, letzte 12 Wochen
learner_view-week_records =
    { $count ->
        [one] { $count } Antwort oder erledigte Lektion
       *[other] { $count } Antworten oder erledigte Lektionen
    }
learner_view-courses = Kurse
learner_view-nothing_started = Noch keinen Kurs begonnen.
learner_view-lesson_done = erledigt
learner_view-lesson_not_done = noch nicht erledigt
learner_view-not_answered = noch nicht beantwortet
learner_view-right_after = richtig (Versuche: { $tries })
learner_view-not_right_yet = noch nicht richtig (Versuche: { $tries })

## certificate

certificate-mine = Meine Zertifikate
certificate-note_from_trainer = Notiz von deiner Kursleitung:
certificate-name_label = Name für das Zertifikat
certificate-name_hint = Dein Name so, wie du ihn bei der Arbeitssuche zeigen möchtest. Bis zu { $count } Zeichen. Du kannst ihn ändern, bis das Zertifikat ausgestellt ist.
certificate-save_name = Namen speichern
certificate-open = Zertifikat öffnen
certificate-status_needs_name = Wähle den Namen für das Zertifikat. Dann kann deine Kursleitung es ausstellen.
certificate-status_pending = Wartet auf die Prüfung durch deine Kursleitung.
certificate-status_returned = Deine Kursleitung hat es zurückgeschickt. Lies die Notiz, dann speichere den Namen noch einmal.
certificate-status_issued = Ausgestellt.
certificate-status_revoked = Von deiner Organisation zurückgezogen.
certificate-did_opened = { $date }: Der Kurs wurde abgeschlossen und die Anfrage gestellt.
certificate-did_named = { $date }: { $by } hat den Namen für den Druck gewählt.
certificate-did_returned = { $date }: { $by } hat die Anfrage mit einer Notiz zurückgeschickt.
certificate-did_approved = { $date }: { $by } hat die Anfrage freigegeben, und das Zertifikat wurde ausgestellt.
certificate-did_revoked = { $date }: { $by } hat das Zertifikat widerrufen.
certificate-heading = Zertifikat
certificate-awarded_to = Hiermit wird bestätigt, dass
certificate-completed = den folgenden Kurs abgeschlossen hat:
certificate-skills = Fähigkeiten
certificate-course = Kurs
certificate-date = Datum
certificate-issued_by = Ausgestellt von
certificate-code = Prüfcode
certificate-verify_page = Prüfseite
certificate-verify_at = Dieses Zertifikat kann hier geprüft werden:
certificate-qr_label = QR-Code, der die Prüfseite öffnet
certificate-download_pdf = PDF herunterladen
certificate-download_credential = Digitales Abzeichen herunterladen
certificate-credential_hint = Das digitale Abzeichen ist eine signierte Datei (Open Badges 3.0). Du kannst sie in einer Badge-App aufbewahren oder bei einer Bewerbung mitschicken. Dein Name und dein Konto stehen nicht darin.
certificate-print_hint = Zum Drucken nutze die Druckfunktion deines Browsers: Nur das Zertifikat wird gedruckt.
certificate-criteria = Alle Lektionen und Quiz des Kurses abgeschlossen; das Zertifikat wurde von einer Kursleitung geprüft und freigegeben.

## review

review-title = Zertifikate zur Prüfung
review-open = Warten auf eine Entscheidung
review-decided = Entschieden
review-none_open = Keine Anfragen warten.
review-none_decided = Noch keine Entscheidungen.
review-waiting_for_name = Wartet darauf, dass die teilnehmende Person den Namen für den Druck wählt.
review-opened_on = gestellt am { $date }
review-no_name_yet = Die teilnehmende Person hat den Namen für den Druck noch nicht gewählt. Du kannst freigeben, sobald sie das getan hat.
review-name_to_print = Name für den Druck:
review-decide = Entscheiden
review-approve = Freigeben und Zertifikat ausstellen
review-return = Mit einer Notiz zurückschicken
review-note_label = Notiz für die teilnehmende Person
review-reason_hint = Die teilnehmende Person liest das. Bis zu { $count } Zeichen.
review-revoke = Zertifikat widerrufen
review-revoke_text = Die Prüfseite wird zeigen, dass das Zertifikat widerrufen wurde, und an welchem Datum.
review-reason_label = Grund (wird mit der Entscheidung gespeichert)
review-evidence = Lektionen und Quiz-Ergebnisse
review-no_evidence = Für diesen Kurs sind keine Lektionen oder Antworten gespeichert.
review-withdrawn_evidence = Dieser Kurs wurde zurückgezogen, nachdem die teilnehmende Person ihn abgeschlossen hatte. Seine Lektionen und ihre Antworten werden hier nicht mehr angezeigt.
review-all_progress = Gesamter Fortschritt dieser Person
review-decisions = Verlauf

## verify

verify-title = Zertifikat prüfen
verify-code_label = Prüfcode
verify-code_hint = Die 12 Buchstaben und Ziffern unter dem QR-Code, zum Beispiel K7MQ-4XPT-9B2D.
verify-check = Prüfen
verify-unknown = Kein Zertifikat hat diesen Code. Prüfe den Code und gib ihn noch einmal ein.
verify-withdrawn = Dieses Zertifikat wurde von der Person zurückgezogen, die es erhalten hat.
verify-valid = Dieses Zertifikat ist gültig.
verify-revoked = Dieses Zertifikat wurde am { $date } widerrufen.
verify-name_heading = Namen prüfen
verify-name_text = Der Name der Person auf dem Zertifikat wird hier nicht gezeigt. Gib den Namen ein, den du bekommen hast. So prüfst du, ob es der Name auf dem Zertifikat ist.
verify-name_label = Name
verify-check_name = Namen prüfen

## partner

partner-title = Meine Kurse

## author

author-no_drafts = Noch keine Kurse. Erstelle unten einen oder lade ein Archiv hoch.
author-published_version = Version { $version } veröffentlicht
author-never_published = Noch nicht veröffentlicht
author-changed_on = geändert am { $date }
author-new_course = Neuer Kurs
author-create = Kurs erstellen
author-course_title = Titel
author-track = Bereich
author-default_language = Hauptsprache
author-other_languages = Weitere Sprachen
author-languages_hint = Sprachcodes, getrennt durch Kommas, zum Beispiel: it, ro. Leer lassen, wenn es nur eine Sprache gibt.
author-upload_archive = Kursarchiv hochladen
author-upload_archive_hint = Eine .zip-Datei mit einem Kursordner, so wie du sie hier herunterlädst oder in git aufbewahrst. Sie erstellt einen Entwurf; den Entwurf desselben Kurses ersetzt sie nur, wenn du das Kästchen ankreuzt.
author-replace_draft = Den Entwurf des Kurses ersetzen, falls es einen gibt
author-archive_file = Archiv (.zip)
author-upload = Hochladen
author-settings = Einstellungen
author-download_archive = Als .zip herunterladen
author-contents = Inhalt
author-add_module = Modul hinzufügen
author-module_title = Titel des Moduls
author-add_lesson = Lektion hinzufügen
author-lesson_title = Titel der Lektion
author-written = geschrieben
author-missing = fehlt
author-outdated = veraltet
author-move_up = Nach oben
author-move_down = Nach unten
author-remove = Entfernen
author-problems = Zu behebende Probleme
author-line = Zeile { $line }
author-images = Bilder
author-images_hint = PNG, JPEG, WebP, GIF oder einfaches SVG, höchstens 512 KB und 4 Millionen Pixel. Beschreibe das Bild immer im Markdown.
author-image_file = Bild
author-publish = Veröffentlichen
author-fix_problems_first = Behebe zuerst die Probleme oben: Nur ein Kurs ohne Probleme kann veröffentlicht werden.
author-nothing_changed = Seit der Version, die die Teilnehmenden lesen, hat sich nichts geändert.
author-first_version = Erste Version: Jede Lektion ist für die Teilnehmenden neu.
author-lessons_added = Neue Lektionen:
author-lessons_removed = Entfernte Lektionen:
author-lessons_changed = Geänderte Lektionen:
author-quizzes_changed = Geänderte Quiz in:
author-lessons_moved = Verschobene Lektionen:
author-settings_changed = Titel, Zusammenfassung oder Einstellungen geändert.
author-progress_kept = Die Teilnehmenden behalten ihren Fortschritt, denn die Lektionen behalten ihre IDs.
author-publish_version = Version { $version } veröffentlichen
author-versions = Versionen
author-version_by = Version { $version }, veröffentlicht von { $handle } am { $date }
author-current = Diese Version lesen die Teilnehmenden
author-publish_again = Diese Version noch einmal veröffentlichen
author-visibility = Wer kann den Kurs belegen?
author-visible_everyone = Teilnehmende aller Organisationen
author-visible_organisation = Nur Teilnehmende unserer Organisation
author-summary = Zusammenfassung
author-certificate_title = Titel des Zertifikats
author-certificate_title_hint = Leer lassen, um den Kurstitel zu verwenden. Nenne nie das Programm.
author-skills = Fähigkeiten auf dem Zertifikat
author-skills_hint = Eine Fähigkeit pro Zeile, höchstens 8.
author-module_named = Titel des Moduls: { $id }
author-pass_mark = Bestehensgrenze (%)
author-pass_mark_hint = Wie viel Prozent der Quiz richtig beantwortet sein müssen, damit der Kurs abgeschlossen ist: 0 bis 100.
author-save = Speichern
author-back_to_course = Zurück zum Kurs
author-outdated_notice = Der Text auf { $language } wurde geändert, nachdem diese Übersetzung gespeichert wurde. Vergleiche sie mit dem Text daneben, dann speichere.
author-conflict = Jemand anderes hat diese Lektion gespeichert, seit du sie geöffnet hast. Dein Text steht im Feld, der gespeicherte Text steht unten. Füge beide zusammen, dann speichere.
author-not_saved = Dein Text wurde nicht gespeichert (den Grund siehst du oben). Er steht im Feld, der gespeicherte Text steht unten. Korrigiere ihn, dann speichere.
author-their_text = Der gespeicherte Text
author-original = Der Text auf { $language }
author-image_markdown_hint = Kopiere eine Zeile an die Stelle im Text, wo das Bild hinkommt, und beschreibe das Bild zwischen den eckigen Klammern.
author-minutes = Lesezeit in Minuten
author-lesson_text = Text (Markdown)
author-lesson_text_hint = Nutze ## für Abschnitte. Quiz sind Blöcke, die mit ```quiz beginnen (siehe die Anleitung zum Kursformat).
author-save_and_preview = Speichern und Vorschau zeigen
author-preview = Vorschau
author-preview_notice = Vorschau: Die Teilnehmenden sehen das, sobald du veröffentlichst.
author-back_to_editor = Zurück zum Editor
author-cannot_preview = Diese Lektion kann noch nicht gezeigt werden:

## refused

refused-not_a_zip = Die Datei ist kein .zip-Archiv.
refused-no_manifest = Der Kursordner im Archiv hat keine course.toml, also ist er kein Kurs.
refused-too_big = Das Archiv ist zu groß: Erlaubt sind höchstens { $limit }.
refused-too_many_entries = Das Archiv enthält zu viele Dateien: Erlaubt sind höchstens { $limit }.
refused-course_too_big = Der Kurs ist zu groß: Erlaubt sind höchstens { $limit }.
refused-bad_name = { $entry }: Dieser Name kann in einem Kurs nicht verwendet werden.
refused-absolute_path = { $entry }: Der Pfad beginnt im Stammverzeichnis. Pfade müssen im Kursordner bleiben.
refused-traversal = { $entry }: Der Pfad führt aus dem Kursordner heraus (..).
refused-link = { $entry }: ein Link. Kopiere stattdessen die Datei in den Kurs.
refused-not_a_file = { $entry }: keine normale Datei.
refused-encrypted = { $entry }: verschlüsselt. Lade die Datei ohne Passwort hoch.
refused-unsupported = { $entry }: auf eine Art gepackt, die diese Website nicht lesen kann. Erstelle die .zip-Datei neu.
refused-damaged = { $entry }: beschädigt. Erstelle die .zip-Datei neu.
refused-duplicate = { $entry }: zweimal im Archiv.
refused-not_one_course_folder = Das Archiv muss genau einen Kursordner enthalten, mit allem darin.
refused-bad_slug = { $entry }: Der Name eines Kursordners darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.
refused-file_too_big = { $entry }: zu groß; erlaubt sind höchstens { $limit }.
refused-bomb = { $entry }: wird beim Entpacken viel größer als die Datei selbst. Die Datei wurde nicht gelesen.
refused-unknown_type = { $entry }: kein PNG-, JPEG-, WebP-, GIF- oder SVG-Bild.
refused-not_what_it_says = { $entry }: Der Inhalt passt nicht zum Namen.
refused-too_many_pixels = { $entry }: zu viele Pixel; erlaubt sind höchstens { $limit }.
refused-unreadable = { $entry }: Das Bild kann nicht gelesen werden.
refused-unsafe_svg = { $entry }: Das SVG enthält etwas, das keine einfache Zeichnung ist ({ $limit }).

## problem

problem-course_folder_is_link = der Kursordner ist ein symbolischer Link; ein Kurs muss ein normaler Ordner sein
problem-course_not_folder = der Kurs ist kein Ordner
problem-cannot_read = kann nicht gelesen werden: { $error }
problem-too_many_files = der Kurs enthält mehr als { $limit } Dateien und Ordner; mehr sind nicht erlaubt
problem-name_not_utf8 = der Name ist kein UTF-8-Text
problem-file_is_link = `{ $path }` ist ein symbolischer Link; ein Kurs darf nur normale Dateien enthalten
problem-file_is_pipe = `{ $path }` ist eine Named Pipe; ein Kurs darf nur normale Dateien enthalten
problem-file_is_socket = `{ $path }` ist ein Socket; ein Kurs darf nur normale Dateien enthalten
problem-file_is_device = `{ $path }` ist eine Gerätedatei; ein Kurs darf nur normale Dateien enthalten
problem-file_not_ordinary = `{ $path }` ist keine normale Datei; ein Kurs darf nur normale Dateien enthalten
problem-course_too_big = der Kurs ist insgesamt größer als { $limit } MB; mehr ist nicht erlaubt
problem-file_holds_file = `{ $parent }` ist eine Datei und kann daher `{ $path }` nicht enthalten
problem-folder_not_file = `{ $path }` ist ein Ordner und kann daher keine Datei sein
problem-path_empty = eine Datei braucht einen Namen
problem-path_absolute = `{ $path }` ist ein absoluter Pfad; ein Kurs enthält relative Pfade
problem-path_control = `{ $path }` hat einen Backslash oder ein Steuerzeichen im Namen
problem-path_dots = `{ $path }` hat einen leeren Namen oder den Namen `.` oder `..`; ein Kurs enthält einfache relative Pfade
problem-media_too_big = die Datei hat { $size } KB; erlaubt sind höchstens { $limit } KB, denn die Teilnehmenden bezahlen jedes Byte
problem-file_too_big = die Datei hat { $size } KB; erlaubt sind höchstens { $limit } KB
problem-file_changed = die Datei hat sich beim Lesen geändert; versuche es noch einmal
problem-file_over_limit = die Datei enthält mehr, als ihre Größe angibt, und mehr als die Grenze von { $limit } KB
problem-folder_not_module = der Ordner `{ $folder }` ist kein Modul, das in course.toml angegeben ist
problem-lesson_id_taken = die Lektions-ID `{ $id }` wird schon von { $path } verwendet
problem-no_front_matter = eine Lektion beginnt mit einem Kopfteil (Front Matter) zwischen zwei `+++`-Zeilen (id, title, minutes)
problem-lesson_id_invalid = die Lektions-ID `{ $id }` darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten
problem-lesson_title_empty = der Titel der Lektion ist leer
problem-lesson_title_hidden = der Titel der Lektion enthält ein Steuerzeichen oder ein Zeichen für die Schreibrichtung; entferne es
problem-minutes_range = die Minuten (minutes) müssen zwischen 1 und 120 liegen
problem-translation_missing = die Lektion `{ $id }` hat keine Übersetzung `{ $language }` in { $folder }
problem-translation_other_module = die Lektion `{ $id }` steht hier im Modul `{ $module }`, in `{ $language }` aber im Modul `{ $original }`
problem-translation_without_original = die Lektion `{ $id }` gibt es in der Hauptsprache `{ $language }` nicht
problem-image_unknown_type = Bild `{ $url }`: nur PNG-, JPEG-, WebP-, GIF- und SVG-Bilder sind möglich; speichere es in einem dieser Formate
problem-image_other_kind = Bild `{ $url }`: laut Name ist es { $expected }, aber es enthält ein { $found }-Bild; speichere es noch einmal als { $expected } oder gib ihm die richtige Endung
problem-image_no_picture = Bild `{ $url }`: laut Name ist es { $expected }, aber es enthält kein Bild (sondern Text, eine Webseite oder eine andere Art von Datei)
problem-image_too_many_pixels = Bild `{ $url }`: das Bild hat { $width } × { $height } Pixel; erlaubt sind höchstens { $side } pro Seite und { $millions } Millionen insgesamt, also mach es kleiner
problem-image_unreadable = Bild `{ $url }`: das Bild kann nicht gelesen werden, weil die Datei abgeschnitten oder beschädigt ist; speichere es noch einmal
problem-svg_dtd = Bild `{ $url }`: die Zeichnung deklariert eine DTD (`{ $found }`); entferne diese Zeile
problem-svg_not_xml = Bild `{ $url }`: die Zeichnung ist kein wohlgeformtes XML ({ $found })
problem-svg_instruction = Bild `{ $url }`: die Zeichnung hat eine Verarbeitungsanweisung `{ $found }`; exportiere sie noch einmal als einfaches SVG
problem-svg_foreign_element = Bild `{ $url }`: die Zeichnung hat ein Element `{ $found }`, das kein SVG ist (Editor-Daten oder eine eingebettete Webseite); exportiere sie noch einmal als einfaches SVG
problem-svg_script = Bild `{ $url }`: die Zeichnung hat ein Element `{ $found }`; ein Bild darf keinen Code ausführen
problem-svg_foreign_object = Bild `{ $url }`: die Zeichnung hat ein Element `{ $found }`, das eine Webseite enthalten kann
problem-svg_link = Bild `{ $url }`: die Zeichnung hat einen Link (`{ $found }`); ein Bild darf nirgendwohin verlinken
problem-svg_loads_file = Bild `{ $url }`: die Zeichnung lädt eine andere Datei (`{ $found }`); füge das Bild stattdessen in die Lektion ein
problem-svg_animated = Bild `{ $url }`: die Zeichnung ist animiert (`{ $found }`); nur unbewegte Zeichnungen sind erlaubt
problem-svg_element = Bild `{ $url }`: die Zeichnung hat ein Element `{ $found }`, das keine einfache Zeichnung ist; exportiere sie noch einmal als einfaches SVG
problem-svg_event_handler = Bild `{ $url }`: die Zeichnung hat einen Event-Handler (`{ $found }`); ein Bild darf keinen Code ausführen
problem-svg_external_link = Bild `{ $url }`: die Zeichnung verlinkt auf `{ $found }`, außerhalb der Zeichnung
problem-svg_attribute = Bild `{ $url }`: die Zeichnung hat ein Attribut, das kein Zeichenattribut ist (`{ $found }`); exportiere sie noch einmal als einfaches SVG
problem-svg_css_escape = Bild `{ $url }`: der Stil in `{ $found }` versteckt Zeichen hinter einem `\`-Escape
problem-svg_css_at_rule = Bild `{ $url }`: der Stil in `{ $found }` hat eine @-Regel wie `@import`
problem-svg_css_function = Bild `{ $url }`: der Stil in `{ $found }` verwendet `{ $function }`, das weder eine Farbe noch eine Transformation ist
problem-image_too_big = Bild `{ $url }`: die Datei hat { $size } KB; erlaubt sind höchstens { $limit } KB, denn die Teilnehmenden bezahlen jedes Byte
problem-link_scheme = der Link `{ $url }` ist nicht erlaubt: Verlinke auf eine Lektion (.md), eine Webseite (https://) oder eine E-Mail-Adresse (mailto:)
problem-link_no_lesson = der Link `{ $url }` führt zu keiner Lektion dieses Kurses: Verlinke auf eine Lektion (.md), eine Webseite (https://) oder eine E-Mail-Adresse (mailto:)
problem-image_elsewhere = das Bild `{ $url }` muss eine Datei im Kursordner sein: Ein Bild von einer anderen Website würde die Handys der Teilnehmenden mit dieser Website verbinden
problem-image_missing = das Bild `{ $url }` existiert nicht
problem-not_relative = `{ $url }` muss relativ zur Lektionsdatei sein, wie `images/photo.png` oder `02-next.md`
problem-outside_course = `{ $url }` führt aus dem Kursordner heraus
problem-quiz_id_taken = die Quiz-ID `{ $id }` wird schon verwendet: { $place }
problem-quiz_out_of_order = hier steht Quiz `{ $id }`, wo `{ $language }` Quiz `{ $original }` hat: Eine Übersetzung hat dieselben Quiz in derselben Reihenfolge
problem-quiz_missing = Quiz `{ $id }` aus `{ $language }` fehlt in dieser Übersetzung
problem-quiz_not_in_original = Quiz `{ $id }` gibt es in `{ $language }` nicht: Eine Übersetzung hat dieselben Quiz in derselben Reihenfolge
problem-quiz_option_count =
    Quiz `{ $id }` hat hier { $count ->
        [one] { $count } Option
       *[other] { $count } Optionen
    }, in `{ $language }` aber { $original }
problem-option_right_here = diese Option ist hier als richtig `[x]` markiert, in `{ $language }` aber als falsch `[ ]`: In jeder Sprache sind dieselben Optionen richtig
problem-option_wrong_here = diese Option ist hier als falsch `[ ]` markiert, in `{ $language }` aber als richtig `[x]`: In jeder Sprache sind dieselben Optionen richtig
problem-quiz_typed_here = Quiz `{ $id }` hat in `{ $language }` Optionen zum Ankreuzen, hier aber eine Antwort zum Eintippen
problem-quiz_options_here = Quiz `{ $id }` hat in `{ $language }` eine Antwort zum Eintippen, hier aber Optionen zum Ankreuzen
problem-quiz_no_id = ein Quiz braucht eine ID nach dem Wort quiz, zum Beispiel ```quiz first-day
problem-quiz_id_invalid = die Quiz-ID `{ $id }` darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten
problem-quiz_stray_block = das gehört zu keinem Quiz: Ein Quiz enthält eine Frage, dann eine Liste von Optionen (`- [x]`, `- [ ]`) oder von akzeptierten Antworten (`- = ...`), dann, wenn du willst, eine Erklärung mit `>`
problem-quiz_no_question = das Quiz hat keine Frage: Schreib sie zuerst, als Textzeile vor der Liste
problem-quiz_no_options = das Quiz hat keine Optionen (`- [x]`, `- [ ]`) und keine akzeptierten Antworten (`- = ...`)
problem-option_empty = diese Option hat keinen Text: Schreib ihn nach `[x]` oder `[ ]`
problem-option_stray_block = unter einer Option darf nur ihr Feedback stehen, als Zitat mit `>`
problem-answer_empty = diese akzeptierte Antwort ist leer: Schreib sie nach dem `=`
problem-answer_too_long = diese akzeptierte Antwort ist länger als { $limit } Zeichen: Eine eingetippte Antwort ist kurz
problem-answer_stray_block = unter einer akzeptierten Antwort darf nichts stehen: Schreib Erklärungen in ein Zitat mit `>` nach der Liste
problem-item_unmarked = jeder Punkt der Liste beginnt mit `[x]` (richtig), `[ ]` (falsch) oder `=` (eine akzeptierte Antwort), dann kommt ein Leerzeichen
problem-quiz_mixed = die Liste mischt Optionen (`[x]`, `[ ]`) und akzeptierte Antworten (`=`): Ein Quiz hat nur das eine oder das andere
problem-quiz_one_option = das Quiz hat nur eine Option: Gib mindestens zwei an, oder akzeptiere eine eingetippte Antwort mit `- = ...`
problem-quiz_none_right = keine Option ist als richtig markiert: Markiere die richtige mit `[x]`
problem-toml_invalid = die Einstellungen können nicht gelesen werden: { $detail }
problem-version_zero = version muss 1 oder größer sein
problem-pass_mark_range = pass_mark ist ein Prozentsatz der Quiz: 0 bis 100
problem-track_unknown = unbekannter Bereich `{ $track }`: Verwende einen von diesen: { $known }
problem-languages_empty = gib mindestens eine Sprache an
problem-language_invalid = `{ $language }` ist kein Sprachcode wie `en` oder `it`
problem-language_twice = die Sprache `{ $language }` steht zweimal in der Liste
problem-default_language_unlisted = die Hauptsprache `{ $language }` steht nicht in `languages`
problem-module_id_invalid = die Modul-ID `{ $id }` darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten
problem-module_id_twice = die Modul-ID `{ $id }` wird zweimal verwendet
problem-modules_empty = gib mindestens einen Eintrag [[modules]] an
problem-skills_missing = die Fähigkeiten für das Zertifikat haben keine Liste in `{ $language }`
problem-skills_extra_language = die Fähigkeiten für das Zertifikat haben eine Liste in `{ $language }`, aber `{ $language }` steht nicht in `languages`
problem-skills_too_many = Fähigkeiten für das Zertifikat in `{ $language }`: höchstens { $limit }, damit sie auf eine Seite passen
problem-skill_invalid = Fähigkeit für das Zertifikat `{ $skill }` in `{ $language }`: eine Zeile mit 1 bis { $limit } Zeichen
problem-reveals_programme = `{ $words }` wird auf Zertifikate gedruckt und enthält `{ $word }`: Zertifikate nennen nie das Programm
problem-text_missing = `{ $field }` hat keinen Text in `{ $language }`
problem-text_hidden = `{ $field }` in `{ $language }` enthält ein Steuerzeichen oder ein Zeichen für die Schreibrichtung; entferne es
problem-text_extra_language = `{ $field }` hat einen Text in `{ $language }`, aber `{ $language }` steht nicht in `languages`
problem-catalogue_link = `{ $path }` ist ein symbolischer Link; ein Kurs muss ein normaler Ordner im Katalog sein
problem-slug_invalid = der Name des Kursordners `{ $slug }` darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten
problem-language_no_folder = die Sprache `{ $language }` steht in der Liste, aber es gibt keinen Ordner `{ $language }/`
problem-no_lessons = der Kurs hat keine Lektionen
problem-file_missing = die Datei fehlt
problem-file_not_utf8 = die Datei ist kein UTF-8-Text
