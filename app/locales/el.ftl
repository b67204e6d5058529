# The interface in Greek: one message per text a person reads.
# Format: Project Fluent (https://projectfluent.org), as Weblate and Pontoon edit it.

## language

# Το όνομα αυτής της γλώσσας, γραμμένο σε αυτήν: η λίστα δείχνει κάθε γλώσσα με το δικό της όνομα.
language-name = Ελληνικά
language-title = Γλώσσες
language-interface = Γλώσσα των σελίδων
language-current = { $language } (τρέχουσα)
language-unknown = Δεν υπάρχει η γλώσσα «{ $code }» σε αυτόν τον ιστότοπο. Διάλεξε μία από αυτές:
language-reading_title = Γλώσσες που διαβάζεις
language-reading_text = Σημείωσε κάθε γλώσσα που μπορείς να διαβάσεις. Κάθε σεμινάριο εμφανίζεται στην πρώτη από αυτές στην οποία είναι γραμμένο, και η λίστα δείχνει μόνο αυτά τα σεμινάρια.
language-reading_best = Η γλώσσα που διαβάζεις καλύτερα
language-reading_also = Άλλες γλώσσες που διαβάζεις
language-reading_save = Αποθήκευση
language-reading_all = Δεν έχεις διαλέξει ακόμη: εμφανίζονται όλα τα σεμινάρια.

## site

site-skip_to_content = Μετάβαση στο περιεχόμενο
site-quick_exit = Γρήγορη έξοδος
site-languages = Γλώσσες
site-not_found_title = Η σελίδα δεν βρέθηκε
site-not_found_text = Αυτή η σελίδα δεν υπάρχει ή έχει μετακινηθεί.
site-back_to_courses = Πίσω σε όλα τα σεμινάρια
site-unavailable = Κάτι πήγε στραβά από τη δική μας πλευρά. Δοκίμασε ξανά σε λίγο.
site-forbidden_title = Χωρίς πρόσβαση
site-forbidden_text = Ο λογαριασμός σου δεν μπορεί να ανοίξει αυτή τη σελίδα.
site-wait_title = Πάρα πολλές προσπάθειες

## catalogue

catalogue-title = Σεμινάρια
catalogue-intro = Σύντομα μαθήματα για να διαβάζεις στο τηλέφωνό σου, με τον δικό σου ρυθμό.
catalogue-lessons =
    { $count ->
        [one] { $count } μάθημα
       *[other] { $count } μαθήματα
    }
catalogue-minutes =
    περίπου { $count ->
        [one] { $count } λεπτό
       *[other] { $count } λεπτά
    }
catalogue-in_languages = Γλώσσες: { $languages }
catalogue-empty = Δεν υπάρχουν σεμινάρια ακόμη.
catalogue-filtered = Σεμινάρια στις γλώσσες: { $languages }
catalogue-change_languages = Αλλαγή
catalogue-show_all = Εμφάνιση όλων των σεμιναρίων
catalogue-none_readable = Κανένα σεμινάριο δεν είναι γραμμένο ακόμη σε αυτές τις γλώσσες.

## date

# Πώς γράφεται μια ημερομηνία, για παράδειγμα 6 Δεκεμβρίου 2026.
date-format = { $day } { $month } { $year }
date-day_month = { $day } { $month }
date-month_1 = Ιανουαρίου
date-month_2 = Φεβρουαρίου
date-month_3 = Μαρτίου
date-month_4 = Απριλίου
date-month_5 = Μαΐου
date-month_6 = Ιουνίου
date-month_7 = Ιουλίου
date-month_8 = Αυγούστου
date-month_9 = Σεπτεμβρίου
date-month_10 = Οκτωβρίου
date-month_11 = Νοεμβρίου
date-month_12 = Δεκεμβρίου

## track

track-job-readiness = Προετοιμασία για δουλειά
track-language-for-work = Γλώσσα για τη δουλειά
track-digital-skills = Ψηφιακές δεξιότητες

## course

course-start = Ξεκίνα το σεμινάριο
course-module = Ενότητα { $number }
course-minutes = { $count } λεπ.
course-fallback = Αυτό το σεμινάριο δεν υπάρχει ακόμη στα ελληνικά. Εμφανίζεται στη γλώσσα { $language }.

## lesson

lesson-minutes =
    Περίπου { $count ->
        [one] { $count } λεπτό
       *[other] { $count } λεπτά
    }
lesson-previous = Προηγούμενο
lesson-next = Επόμενο
lesson-finished = Έφτασες στο τέλος αυτού του σεμιναρίου.
lesson-also_in = Αυτό το μάθημα υπάρχει και σε:
lesson-fallback = Αυτό το μάθημα δεν υπάρχει ακόμη στα ελληνικά. Εμφανίζεται στη γλώσσα { $language }.
lesson-outdated = Αυτή η μετάφραση ίσως δεν είναι ενημερωμένη: το κείμενο στη γλώσσα { $language } άλλαξε από τότε. Ισχύει το κείμενο στη γλώσσα { $language }.
lesson-contents = Περιεχόμενα του σεμιναρίου

## account

account-nav = Ο λογαριασμός σου
account-sign_in = Σύνδεση
account-sign_in_required = Συνδέσου για να δεις αυτή τη σελίδα.
account-title = Ο λογαριασμός μου
account-sign_out = Αποσύνδεση
account-handle = Όνομα σε αυτόν τον ιστότοπο
account-password = Κωδικός πρόσβασης
account-shared_device = Αυτό το τηλέφωνο είναι κοινόχρηστο
account-shared_device_hint = Αποσυνδέεσαι όταν κλείνει το πρόγραμμα περιήγησης και μετά από 20 λεπτά χωρίς χρήση.
account-no_account = Πρώτη φορά εδώ;
account-forgot = Ξέχασες τον κωδικό πρόσβασης;
account-choose_handle = Διάλεξε ένα όνομα για αυτόν τον ιστότοπο
account-handle_hint = Όχι το πραγματικό σου όνομα: όποιο όνομα θα θυμάσαι. Χρησιμοποίησε 3 έως 32 γράμματα, αριθμούς, τελείες, παύλες ή κάτω παύλες (_).
account-choose_password = Διάλεξε κωδικό πρόσβασης
account-password_hint = Τουλάχιστον 8 χαρακτήρες. Μια μικρή φράση τη θυμάσαι εύκολα.
account-role = Ρόλος
account-organisation = Οργανισμός
account-cohort = Ομάδα
account-change_title = Αλλαγή κωδικού πρόσβασης
account-change = Αλλαγή κωδικού πρόσβασης
account-data_title = Τα δεδομένα σου
account-data_text = Κατέβασε σε ένα αρχείο όλα όσα κρατά αυτός ο ιστότοπος για σένα.
account-download = Λήψη των δεδομένων μου
account-sessions_title = Τηλέφωνα και υπολογιστές όπου είσαι συνδεδεμένη
account-sessions_text = Αν συνδέθηκες σε άλλο τηλέφωνο ή υπολογιστή και δεν είσαι σίγουρη ότι αποσυνδέθηκες εκεί, αποσυνδέσου παντού.
account-sign_out_everywhere = Αποσύνδεση παντού
account-delete_title = Διαγραφή του λογαριασμού μου
account-delete_text = Έτσι διαγράφεται για πάντα ο λογαριασμός σου και ό,τι περιέχει. Γράψε τον κωδικό πρόσβασής σου για επιβεβαίωση.
account-delete = Διαγραφή του λογαριασμού μου

## join

join-link = Μπες με κωδικό
join-title = Μπες σε μια ομάδα
join-intro = Θα πάρεις έναν κωδικό συμμετοχής από την εκπαιδεύτριά σου. Γράψε τον εδώ.
join-code = Κωδικός συμμετοχής
join-code_hint = Για παράδειγμα K7MQ-4XPT. Μπορείς να γράψεις με κεφαλαία ή με μικρά γράμματα.
join-continue = Συνέχεια
join-cohort = Μπαίνεις στην ομάδα «{ $cohort }».
join-who_sees = Οι εκπαιδεύτριές σου στον οργανισμό { $organisation } ({ $country }) θα βλέπουν το όνομα που θα διαλέξεις σε αυτόν τον ιστότοπο, ότι είσαι στην ομάδα τους και την πρόοδό σου: τα μαθήματα που τελειώνεις, αν οι απαντήσεις σου στις ερωτήσεις είναι σωστές και τις μέρες που ήσουν ενεργή. Τίποτε άλλο για το διάβασμά σου δεν καταγράφεται.
join-no_personal_data = Δεν ζητάμε το πραγματικό σου όνομα, το email σου ή τον αριθμό του τηλεφώνου σου. Μην τα χρησιμοποιείς ως όνομα εδώ.
join-another_code = Δεν είναι αυτή η ομάδα; Χρησιμοποίησε άλλον κωδικό
join-create = Δημιουργία λογαριασμού

## reset

reset-link = Νέος κωδικός πρόσβασης με κωδικό επαναφοράς από την εκπαιδεύτριά σου
reset-title = Νέος κωδικός πρόσβασης
reset-intro = Η εκπαιδεύτριά σου μπορεί να σου δώσει έναν κωδικό επαναφοράς. Με αυτόν διαλέγεις νέο κωδικό πρόσβασης. Ο κωδικός επαναφοράς ισχύει μόνο μία φορά.
reset-code = Κωδικός επαναφοράς
reset-submit = Αποθήκευση του νέου κωδικού πρόσβασης

## safety

safety-link = Η ασφάλειά σου σε αυτόν τον ιστότοπο
safety-title = Η ασφάλειά σου σε αυτόν τον ιστότοπο
safety-quick_exit = Το κουμπί «Γρήγορη έξοδος», σε κάθε σελίδα, ανοίγει έναν συνηθισμένο ιστότοπο στη θέση αυτού. Αν πατήσεις «Πίσω», αυτός ο ιστότοπος δεν ξαναεμφανίζεται.
safety-shift = Σε τηλέφωνο ή υπολογιστή με πληκτρολόγιο, το ίδιο γίνεται αν πατήσεις τρεις φορές το πλήκτρο Shift.
safety-history = Η «Γρήγορη έξοδος» δεν σβήνει το ιστορικό του προγράμματος περιήγησης: σελίδες αυτού του ιστότοπου που άνοιξες πριν μπορεί να φαίνονται ακόμη εκεί. Αν κάποιος μπορεί να το κοιτάξει, χρησιμοποίησε την ιδιωτική περιήγηση ή σβήσε το ιστορικό.
safety-shared = Σε κοινόχρηστο τηλέφωνο, όταν συνδέεσαι, σημείωσε «Αυτό το τηλέφωνο είναι κοινόχρηστο»: θα αποσυνδεθείς όταν κλείσει το πρόγραμμα περιήγησης. Πάντα να αποσυνδέεσαι όταν τελειώνεις.
safety-spyware = Κανένας ιστότοπος δεν μπορεί να κρυφτεί από πρόγραμμα κατασκοπείας που είναι εγκατεστημένο στο ίδιο το τηλέφωνο. Αν νομίζεις ότι κάποιος παρακολουθεί το τηλέφωνό σου, χρησιμοποίησε άλλο τηλέφωνο και μίλησε με την εκπαιδεύτριά σου.
safety-data = Αυτός ο ιστότοπος κρατά μόνο το όνομα που διάλεξες εδώ, τον κωδικό πρόσβασής σου σε μορφή που κανείς δεν μπορεί να διαβάσει, την ομάδα σου και τις ενεργές συνδέσεις σου. Μπορείς να τα κατεβάσεις ή να διαγράψεις τον λογαριασμό σου όποτε θέλεις, από τη σελίδα «Ο λογαριασμός μου».

## role

role-learner = Εκπαιδευόμενη
role-trainer = Εκπαιδευτής/τρια
role-partner = Συγγραφέας σεμιναρίων
role-admin = Διαχείριση

## trainer

trainer-title = Ομάδες
trainer-no_cohorts = Δεν υπάρχουν ομάδες ακόμη. Δημιούργησε μία παρακάτω.
trainer-counts =
    { $learners ->
        [one] { $learners } εκπαιδευόμενη
       *[other] { $learners } εκπαιδευόμενες
    } · { $codes ->
        [one] { $codes } ανοιχτός κωδικός συμμετοχής
       *[other] { $codes } ανοιχτοί κωδικοί συμμετοχής
    }
trainer-new_cohort = Νέα ομάδα
trainer-cohort_name = Όνομα ομάδας
trainer-cohort_name_hint = Οι εκπαιδευόμενες το βλέπουν όταν μπαίνουν. Να είναι ουδέτερο, για παράδειγμα «Τμήμα της Τρίτης».
trainer-create_cohort = Δημιουργία ομάδας

## cohort

cohort-codes = Κωδικοί συμμετοχής
cohort-codes_text = Δώσε έναν κωδικό στις εκπαιδευόμενες αυτής της ομάδας. Κάθε κωδικός ισχύει για ορισμένο αριθμό χρήσεων, μέχρι να λήξει ή να τον ανακαλέσεις.
cohort-code_open = Ανοιχτός
cohort-code_used_up = Εξαντλήθηκε
cohort-code_expired = Έληξε
cohort-code_revoked = Ανακλήθηκε
cohort-uses_left =
    { $count ->
        [one] απομένει { $count } χρήση
       *[other] απομένουν { $count } χρήσεις
    }
cohort-expires = έως { $date }
cohort-revoke = Ανάκληση
cohort-uses = Πόσα άτομα μπορούν να τον χρησιμοποιήσουν
cohort-days = Για πόσες μέρες ισχύει
cohort-create_code = Δημιουργία κωδικού συμμετοχής
cohort-learners = Εκπαιδευόμενες
cohort-no_learners = Δεν έχει μπει κανείς ακόμη.
cohort-joined = μπήκε στις { $date }
cohort-give_reset_code = Δημιουργία κωδικού επαναφοράς
cohort-reset_code = Κωδικός επαναφοράς, εμφανίζεται μόνο μία φορά: δώσε τον στην εκπαιδευόμενη προσωπικά. Ισχύει μία φορά, για 24 ώρες:

## admin

admin-title = Οργανισμοί
admin-new_organisation = Νέος οργανισμός
admin-organisation_name = Όνομα οργανισμού
admin-country = Χώρα
admin-country_hint = Κωδικός δύο γραμμάτων, για παράδειγμα IT, NG ή AL.
admin-create_organisation = Δημιουργία οργανισμού
admin-new_staff = Νέος λογαριασμός προσωπικού
admin-new_staff_text = Ο νέος λογαριασμός παίρνει έναν κωδικό ενεργοποίησης, που εμφανίζεται μόνο μία φορά. Με αυτόν ορίζεται ο κωδικός πρόσβασης του λογαριασμού, στη σελίδα του κωδικού πρόσβασης.
admin-no_organisation = Κανένας (μόνο για τη διαχείριση)
admin-create_staff = Δημιουργία λογαριασμού
admin-not_active = (δεν έχει οριστεί ακόμη κωδικός πρόσβασης)
admin-admins = Ομάδα διαχείρισης
admin-new_setup_code = Νέος κωδικός ενεργοποίησης
admin-remove = Αφαίρεση
admin-setup_code = Κωδικός ενεργοποίησης, εμφανίζεται μόνο μία φορά. Ισχύει μία φορά, για 24 ώρες:

## form

form-course_created = Το σεμινάριο δημιουργήθηκε. Πρόσθεσε μια ενότητα και μετά μαθήματα.
form-saved = Αποθηκεύτηκε. Οι εκπαιδευόμενες θα το δουν μόλις το δημοσιεύσεις.
form-published = Δημοσιεύτηκε. Οι εκπαιδευόμενες διαβάζουν τώρα αυτή την έκδοση.
form-image_added = Η εικόνα προστέθηκε. Το Markdown της βρίσκεται στις «Εικόνες», στη σελίδα επεξεργασίας κάθε μαθήματος.
form-archive_imported = Το αρχείο .zip φορτώθηκε στο πρόχειρο. Έλεγξέ το και μετά δημοσίευσε.
form-title_needed = Γράψε έναν τίτλο.
form-languages_invalid = Γράψε κωδικούς γλώσσας όπως it, ro, sq, χωρισμένους με κόμματα.
form-edit_conflict = Κάποιος άλλος αποθήκευσε αυτό το μάθημα αφού το άνοιξες.
form-draft_changed = Το σεμινάριο άλλαξε από τότε που το είδες. Έλεγξε τι αλλάζει και δημοσίευσε ξανά.
form-not_publishable = Το σεμινάριο έχει προβλήματα. Διόρθωσέ τα και μετά δημοσίευσε.
form-upload_refused = Το αρχείο απορρίφθηκε.
form-course_too_big = Το σεμινάριο θα ήταν πολύ μεγάλο: το πολύ 2.000 αρχεία και 32 MB συνολικά. Αφαίρεσε πρώτα εικόνες ή μαθήματα.
form-settings_changed = Κάποιος άλλαξε τις ρυθμίσεις αφού άνοιξες αυτή τη σελίδα, γι' αυτό οι δικές σου αλλαγές δεν αποθηκεύτηκαν. Εδώ βλέπεις τις ρυθμίσεις όπως είναι αποθηκευμένες τώρα: κάνε ξανά τις αλλαγές σου.
form-text_invalid = Ένας τίτλος, μια περίληψη ή μια δεξιότητα περιέχει έναν κρυφό χαρακτήρα (για παράδειγμα ένα σημάδι κατεύθυνσης), γι' αυτό δεν αποθηκεύτηκε τίποτα. Αφαίρεσέ τον και αποθήκευσε ξανά.
form-course_taken = Υπάρχει ήδη σεμινάριο με αυτή τη διεύθυνση και δεν είναι δικό σου. Άλλαξε το όνομα του φακέλου του σεμιναρίου μέσα στο αρχείο .zip.
form-draft_exists = Αυτό το σεμινάριο έχει ήδη πρόχειρο, και το αρχείο σου διαφέρει, γι' αυτό δεν άλλαξε τίποτα. Για να αντικαταστήσεις το πρόχειρο με το αρχείο σου, σημείωσε το κουτί και ανέβασέ το ξανά (κατέβασε πρώτα το πρόχειρο για να κρατήσεις ένα αντίγραφο).
form-name_changed = Η εκπαιδευόμενη άλλαξε το όνομα αφού άνοιξες αυτή τη σελίδα. Έλεγξε το νέο όνομα και μετά έγκρινε.
form-name_revealing = Αυτό το όνομα λέει τι είναι το πρόγραμμα. Τυπώνεται στα πιστοποιητικά: διάλεξε ένα ουδέτερο όνομα, για παράδειγμα «Λιμάνι Εργασίας».
form-note_missing = Γράψε ένα σημείωμα ή έναν λόγο (έως 500 χαρακτήρες, σε μία γραμμή).
form-name_needed = Η εκπαιδευόμενη πρέπει πρώτα να διαλέξει το όνομα που θα τυπωθεί.
form-name_differs = Αυτό το όνομα δεν είναι αυτό που γράφει το πιστοποιητικό.
form-certificate_name_saved = Αποθηκεύτηκε. Η εκπαιδεύτριά σου θα ελέγξει το πιστοποιητικό σου.
form-certificate_returned = Στάλθηκε πίσω στην εκπαιδευόμενη με το σημείωμά σου.
form-certificate_approved = Εγκρίθηκε. Το πιστοποιητικό εκδόθηκε.
form-certificate_revoked = Το πιστοποιητικό ανακλήθηκε.
form-name_matches = Αυτό το όνομα είναι αυτό που γράφει το πιστοποιητικό.
form-course_completed = Ολοκλήρωσες το σεμινάριο. Μπράβο!
form-stuck_days_saved = Αποθηκεύτηκε.
form-wrong = Το όνομα ή ο κωδικός πρόσβασης δεν είναι σωστά. Έλεγξε και τα δύο και δοκίμασε ξανά.
form-wait = Πάρα πολλές προσπάθειες. Περίμενε ένα λεπτό και δοκίμασε ξανά.
form-busy = Ο ιστότοπος έχει πολλή κίνηση αυτή τη στιγμή. Δοκίμασε ξανά σε λίγο.
form-too_long = Αυτό είναι πολύ μεγάλο. Γράψε ένα πιο σύντομο κείμενο.
form-missing = Συμπλήρωσε όλα τα πεδία.
form-handle_invalid = Για το όνομά σου, χρησιμοποίησε από 3 έως 32 γράμματα, αριθμούς, τελείες, παύλες ή κάτω παύλες (_).
form-handle_taken = Αυτό το όνομα το έχει ήδη κάποιο άλλο άτομο. Διάλεξε άλλο.
form-password_short = Ο κωδικός πρόσβασης χρειάζεται τουλάχιστον 8 χαρακτήρες.
form-code_invalid = Αυτός ο κωδικός δεν λειτουργεί. Ίσως γράφτηκε λάθος, ίσως έχει εξαντληθεί ή έχει λήξει. Ρώτησε την εκπαιδεύτριά σου.
form-reset_invalid = Το όνομα ή ο κωδικός επαναφοράς δεν είναι σωστά, ή ο κωδικός έχει λήξει.
form-name_invalid = Γράψε ένα όνομα από 1 έως 80 χαρακτήρες.
form-name_taken = Αυτό το όνομα χρησιμοποιείται ήδη.
form-number_invalid = Γράψε έναν ακέραιο αριθμό μέσα στα επιτρεπτά όρια.
form-country_invalid = Γράψε τη χώρα με κωδικό δύο γραμμάτων.
form-organisation_missing = Οι εκπαιδευτές και οι συγγραφείς σεμιναρίων ανήκουν σε έναν οργανισμό: διάλεξε έναν.
form-signed_out = Αποσυνδέθηκες.
form-signed_out_everywhere = Αποσυνδέθηκες από όλα τα τηλέφωνα και τους υπολογιστές.
form-password_set = Ο νέος κωδικός πρόσβασης ορίστηκε. Συνδέσου με αυτόν.
form-deleted = Ο λογαριασμός σου και ό,τι περιείχε διαγράφηκαν.
form-cohort_created = Η ομάδα δημιουργήθηκε. Τώρα δημιούργησε έναν κωδικό συμμετοχής για αυτήν.
form-code_created = Ο κωδικός συμμετοχής είναι έτοιμος.
form-organisation_created = Ο οργανισμός δημιουργήθηκε.
form-staff_removed = Ο λογαριασμός αφαιρέθηκε.
form-password_changed = Ο νέος κωδικός πρόσβασης ορίστηκε. Εδώ η σύνδεσή σου συνεχίζεται· σε όλα τα άλλα τηλέφωνα και υπολογιστές αποσυνδέθηκες.

## learner

learner-title = Τα σεμινάριά μου

## home

home-title = Τα σεμινάριά μου
home-continue = Συνέχισε από εκεί που σταμάτησες
home-in_progress = Σεμινάρια που ξεκίνησες
home-nothing_started = Δεν έχεις ξεκινήσει ακόμη κανένα σεμινάριο. Διάλεξε ένα από όλα τα σεμινάρια.
home-finished = Σεμινάρια που τελείωσες
home-finished_on = ολοκληρώθηκε στις { $date }
home-left =
    Απομένουν { $lessons ->
        [one] { $lessons } μάθημα
       *[other] { $lessons } μαθήματα
    } και { $quizzes ->
        [one] { $quizzes } ερώτηση
       *[other] { $quizzes } ερωτήσεις
    }
home-all_courses = Όλα τα σεμινάρια
home-who_sees = Οι εκπαιδεύτριές σου στον οργανισμό { $organisation } ({ $country }) βλέπουν την πρόοδό σου: τα μαθήματα που τελειώνεις, αν οι απαντήσεις σου στις ερωτήσεις είναι σωστές και τις μέρες που ήσουν ενεργή.

## progress

progress-quizzes = Δες τι έμαθες
progress-tick_all = Σημείωσε κάθε σωστή απάντηση.
progress-your_answer = Η απάντησή σου
progress-check = Έλεγχος απάντησης
progress-check_signed_out = Έλεγχος απάντησης (πρώτα συνδέσου)
progress-sign_in_to_answer = Συνδέσου για να ελέγχεις τις απαντήσεις σου και να κρατάς την πρόοδό σου.
progress-right = Σωστό!
progress-wrong = Όχι ακόμη. Διάβασε αυτό και δοκίμασε ξανά.
progress-position = Μάθημα { $position } από { $count }
progress-done_count =
    Τελείωσες { $done } από { $count ->
        [one] { $count } μάθημα
       *[other] { $count } μαθήματα
    }
progress-done_next = Έτοιμο, πάμε στο επόμενο μάθημα
progress-done_finish = Έτοιμο, τελειώνω το σεμινάριο
progress-lesson_done = Τελείωσες αυτό το μάθημα.
progress-course_completed = Ολοκλήρωσες αυτό το σεμινάριο.

## group

group-progress = Πρόοδος
group-needs_help = Χρειάζονται βοήθεια
group-nobody_needs_help = Καμία δεν έχει σταματήσει και καμία δεν δυσκολεύεται.
group-stuck = σταμάτησε
group-struggling = δυσκολεύεται
group-never = ποτέ
group-completed = (ολοκληρώθηκε)
group-learner = Εκπαιδευόμενη
group-last_activity = Τελευταία δραστηριότητα
group-chart_title = Μαθήματα που ολοκλήρωσε η ομάδα, ανά σεμινάριο
group-course_bar = { $percent }% · ολοκληρώσεις: { $completed }
group-download_csv = Λήψη του πίνακα (CSV)
group-most_missed = Οι ερωτήσεις με τα περισσότερα λάθη
group-nothing_missed = Καμία ερώτηση δεν έχει απαντηθεί λάθος ακόμη.
group-missed_counts =
    λάθος απάντηση { $misses ->
        [one] μία φορά
       *[other] { $misses } φορές
    } από { $learners ->
        [one] { $learners } εκπαιδευόμενη
       *[other] { $learners } εκπαιδευόμενες
    }
group-stuck_days = Μετά από πόσες μέρες χωρίς δραστηριότητα να σημειώνεται μια εκπαιδευόμενη ως «σταμάτησε»
group-save_stuck_days = Αποθήκευση
group-csv_learner = Εκπαιδευόμενη
group-csv_joined = Μπήκε
group-csv_last_activity = Τελευταία δραστηριότητα
group-csv_stuck = Σταμάτησε
group-csv_struggling = Δυσκολεύεται
group-csv_lessons = { $course }: ολοκληρωμένα μαθήματα
group-csv_completed = { $course }: ολοκληρώθηκε
group-csv_yes = ναι
group-csv_no = όχι

## learner_view

learner_view-facts = Μπήκε στις { $joined } · τελευταία δραστηριότητα: { $last }
learner_view-activity = Δραστηριότητα
learner_view-activity_chart = Απαντήσεις και ολοκληρωμένα μαθήματα ανά εβδομάδα, τις τελευταίες 12 εβδομάδες
learner_view-week_records =
    { $count ->
        [one] { $count } απάντηση ή ολοκληρωμένο μάθημα
       *[other] { $count } απαντήσεις ή ολοκληρωμένα μαθήματα
    }
learner_view-courses = Σεμινάρια
learner_view-nothing_started = Δεν έχει ξεκινήσει ακόμη κανένα σεμινάριο.
learner_view-lesson_done = ολοκληρώθηκε
learner_view-lesson_not_done = δεν ολοκληρώθηκε ακόμη
learner_view-not_answered = δεν απαντήθηκε ακόμη
learner_view-right_after = σωστή · προσπάθειες: { $tries }
learner_view-not_right_yet = όχι σωστή ακόμη · προσπάθειες: { $tries }

## certificate

certificate-mine = Τα πιστοποιητικά μου
certificate-note_from_trainer = Σημείωμα από την εκπαιδεύτριά σου:
certificate-name_label = Όνομα που θα τυπωθεί στο πιστοποιητικό
certificate-name_hint = Το όνομά σου όπως θέλεις να το διαβάσει ένας εργοδότης. Έως { $count } χαρακτήρες. Μπορείς να το αλλάξεις μέχρι να εκδοθεί το πιστοποιητικό.
certificate-save_name = Αποθήκευση του ονόματος
certificate-open = Άνοιγμα του πιστοποιητικού
certificate-status_needs_name = Διάλεξε το όνομα που θα τυπωθεί. Μετά η εκπαιδεύτριά σου μπορεί να εκδώσει το πιστοποιητικό.
certificate-status_pending = Περιμένει τον έλεγχο της εκπαιδεύτριάς σου.
certificate-status_returned = Η εκπαιδεύτριά σου το έστειλε πίσω. Διάβασε το σημείωμα και μετά αποθήκευσε ξανά το όνομα.
certificate-status_issued = Εκδόθηκε.
certificate-status_revoked = Αποσύρθηκε από τον οργανισμό σου.
certificate-did_opened = { $date }: το σεμινάριο ολοκληρώθηκε και άνοιξε το αίτημα.
certificate-did_named = { $date }: { $by } διάλεξε το όνομα που θα τυπωθεί.
certificate-did_returned = { $date }: { $by } το έστειλε πίσω με σημείωμα.
certificate-did_approved = { $date }: { $by } το ενέκρινε και το πιστοποιητικό εκδόθηκε.
certificate-did_revoked = { $date }: { $by } το ανακάλεσε.
certificate-heading = Πιστοποιητικό
certificate-awarded_to = Βεβαιώνεται ότι
certificate-completed = ολοκλήρωσε το σεμινάριο
certificate-skills = Δεξιότητες
certificate-course = Σεμινάριο
certificate-date = Ημερομηνία
certificate-issued_by = Εκδόθηκε από
certificate-code = Κωδικός επαλήθευσης
certificate-verify_page = Σελίδα επαλήθευσης
certificate-verify_at = Επαλήθευση του πιστοποιητικού στη διεύθυνση
certificate-qr_label = Κωδικός QR που ανοίγει τη σελίδα επαλήθευσης
certificate-download_pdf = Λήψη του PDF
certificate-download_credential = Λήψη του ψηφιακού σήματος
certificate-credential_hint = Το ψηφιακό σήμα (badge) είναι ένα υπογεγραμμένο αρχείο (Open Badges 3.0). Μπορείς να το κρατήσεις σε μια εφαρμογή για ψηφιακά σήματα ή να το στείλεις σε έναν εργοδότη. Δεν περιέχει το όνομά σου ούτε τον λογαριασμό σου.
certificate-print_hint = Για να το τυπώσεις, χρησιμοποίησε την «Εκτύπωση» του προγράμματος περιήγησης: τυπώνεται μόνο το πιστοποιητικό.
certificate-criteria = Ολοκλήρωσε όλα τα μαθήματα του σεμιναρίου και τα κουίζ του· το πιστοποιητικό ελέγχθηκε και εγκρίθηκε από εκπαιδεύτρια.

## review

review-title = Πιστοποιητικά για έλεγχο
review-open = Περιμένουν απόφαση
review-decided = Αποφασισμένα
review-none_open = Κανένα αίτημα δεν περιμένει.
review-none_decided = Καμία απόφαση ακόμη.
review-waiting_for_name = Περιμένει να διαλέξει η εκπαιδευόμενη το όνομα που θα τυπωθεί.
review-opened_on = άνοιξε στις { $date }
review-no_name_yet = Η εκπαιδευόμενη δεν έχει διαλέξει ακόμη το όνομα που θα τυπωθεί. Μπορείς να εγκρίνεις όταν το διαλέξει.
review-name_to_print = Όνομα για εκτύπωση:
review-decide = Απόφαση
review-approve = Έγκριση και έκδοση του πιστοποιητικού
review-return = Επιστροφή με σημείωμα
review-note_label = Σημείωμα για την εκπαιδευόμενη
review-reason_hint = Η εκπαιδευόμενη θα το διαβάσει. Έως { $count } χαρακτήρες.
review-revoke = Ανάκληση του πιστοποιητικού
review-revoke_text = Η σελίδα επαλήθευσης θα λέει ότι το πιστοποιητικό ανακλήθηκε και σε ποια ημερομηνία.
review-reason_label = Λόγος (φυλάγεται μαζί με την απόφαση)
review-evidence = Μαθήματα και αποτελέσματα στα κουίζ
review-no_evidence = Δεν υπάρχουν καταγεγραμμένα μαθήματα ή απαντήσεις για αυτό το σεμινάριο.
review-withdrawn_evidence = Αυτό το σεμινάριο αποσύρθηκε αφού εκείνη το ολοκλήρωσε: τα μαθήματά του και οι απαντήσεις της δεν εμφανίζονται πλέον εδώ.
review-all_progress = Όλη η πρόοδος αυτής της εκπαιδευόμενης
review-decisions = Ιστορικό

## verify

verify-title = Επαλήθευση πιστοποιητικού
verify-code_label = Κωδικός επαλήθευσης
verify-code_hint = Τα 12 γράμματα και ψηφία που είναι τυπωμένα κάτω από τον κωδικό QR, για παράδειγμα K7MQ-4XPT-9B2D.
verify-check = Έλεγχος
verify-unknown = Κανένα πιστοποιητικό δεν έχει αυτόν τον κωδικό. Έλεγξε τον κωδικό και γράψε τον ξανά.
verify-withdrawn = Αυτό το πιστοποιητικό αποσύρθηκε από το άτομο που το είχε λάβει.
verify-valid = Αυτό το πιστοποιητικό είναι έγκυρο.
verify-revoked = Αυτό το πιστοποιητικό ανακλήθηκε στις { $date }.
verify-name_heading = Έλεγχος ονόματος
verify-name_text = Το όνομα που γράφει το πιστοποιητικό δεν εμφανίζεται εδώ. Γράψε το όνομα που σου έδωσαν, για να ελέγξεις ότι είναι αυτό που γράφει το πιστοποιητικό.
verify-name_label = Όνομα
verify-check_name = Έλεγχος ονόματος

## partner

partner-title = Τα σεμινάριά μου

## author

author-no_drafts = Δεν υπάρχουν σεμινάρια ακόμη. Δημιούργησε ένα παρακάτω ή ανέβασε ένα αρχείο .zip.
author-published_version = Δημοσιεύτηκε η έκδοση { $version }
author-never_published = Δεν έχει δημοσιευτεί ακόμη
author-changed_on = άλλαξε στις { $date }
author-new_course = Νέο σεμινάριο
author-create = Δημιουργία σεμιναρίου
author-course_title = Τίτλος
author-track = Κατηγορία
author-default_language = Κύρια γλώσσα
author-other_languages = Άλλες γλώσσες
author-languages_hint = Κωδικοί γλώσσας, χωρισμένοι με κόμματα, για παράδειγμα: it, ro. Άφησέ το κενό για μία μόνο γλώσσα.
author-upload_archive = Ανέβασμα σεμιναρίου ως αρχείο .zip
author-upload_archive_hint = Ένα .zip με έναν φάκελο σεμιναρίου, όπως το κατεβάζεις από εδώ ή όπως το κρατάς στο git. Δημιουργεί ένα πρόχειρο· αντικαθιστά το πρόχειρο του ίδιου σεμιναρίου μόνο αν σημειώσεις το κουτί.
author-replace_draft = Αντικατάσταση του πρόχειρου του σεμιναρίου, αν υπάρχει
author-archive_file = Αρχείο (.zip)
author-upload = Ανέβασμα
author-settings = Ρυθμίσεις
author-download_archive = Λήψη ως .zip
author-contents = Περιεχόμενα
author-add_module = Προσθήκη ενότητας
author-module_title = Τίτλος ενότητας
author-add_lesson = Προσθήκη μαθήματος
author-lesson_title = Τίτλος μαθήματος
author-written = γραμμένο
author-missing = λείπει
author-outdated = χρειάζεται ενημέρωση
author-move_up = Μετακίνηση πάνω
author-move_down = Μετακίνηση κάτω
author-remove = Αφαίρεση
author-problems = Προβλήματα για διόρθωση
author-line = γραμμή { $line }
author-images = Εικόνες
author-images_hint = PNG, JPEG, WebP, GIF ή απλό SVG, έως 512 KB και 4 εκατομμύρια pixel. Να περιγράφεις πάντα την εικόνα στο Markdown.
author-image_file = Εικόνα
author-publish = Δημοσίευση
author-fix_problems_first = Διόρθωσε πρώτα τα παραπάνω προβλήματα: μόνο ένα σεμινάριο χωρίς προβλήματα μπορεί να δημοσιευτεί.
author-nothing_changed = Τίποτα δεν άλλαξε από την έκδοση που διαβάζουν οι εκπαιδευόμενες.
author-first_version = Πρώτη έκδοση: όλα τα μαθήματα είναι καινούργια για τις εκπαιδευόμενες.
author-lessons_added = Νέα μαθήματα:
author-lessons_removed = Μαθήματα που αφαιρέθηκαν:
author-lessons_changed = Μαθήματα που άλλαξαν:
author-quizzes_changed = Κουίζ που άλλαξαν σε:
author-lessons_moved = Μαθήματα που μετακινήθηκαν:
author-settings_changed = Άλλαξαν τίτλοι, περίληψη ή ρυθμίσεις.
author-progress_kept = Οι εκπαιδευόμενες κρατούν την πρόοδό τους: τα μαθήματα κρατούν τα id τους.
author-publish_version = Δημοσίευση της έκδοσης { $version }
author-versions = Εκδόσεις
author-version_by = Έκδοση { $version }, δημοσιεύτηκε από { $handle } στις { $date }
author-current = Αυτή διαβάζουν οι εκπαιδευόμενες
author-publish_again = Νέα δημοσίευση αυτής της έκδοσης
author-visibility = Ποιος έχει πρόσβαση στο σεμινάριο
author-visible_everyone = Οι εκπαιδευόμενες όλων των οργανισμών
author-visible_organisation = Μόνο οι εκπαιδευόμενες του οργανισμού μας
author-summary = Περίληψη
author-certificate_title = Τίτλος πιστοποιητικού
author-certificate_title_hint = Άφησέ το κενό για να μπει ο τίτλος του σεμιναρίου. Μην αναφέρεις ποτέ το πρόγραμμα.
author-skills = Δεξιότητες στο πιστοποιητικό
author-skills_hint = Μία δεξιότητα σε κάθε γραμμή, έως 8.
author-module_named = Τίτλοι ενότητας: { $id }
author-pass_mark = Όριο επιτυχίας (%)
author-pass_mark_hint = Ποσοστό των κουίζ που πρέπει να απαντηθούν σωστά για να ολοκληρωθεί το σεμινάριο: από 0 έως 100.
author-save = Αποθήκευση
author-back_to_course = Πίσω στο σεμινάριο
author-outdated_notice = Το κείμενο στη γλώσσα { $language } άλλαξε αφού αποθηκεύτηκε αυτή η μετάφραση. Σύγκρινέ τη με το κείμενο δίπλα και μετά αποθήκευσε.
author-conflict = Κάποιος άλλος αποθήκευσε αυτό το μάθημα αφού το άνοιξες. Το κείμενό σου είναι στο πλαίσιο· το αποθηκευμένο κείμενο είναι από κάτω. Ένωσέ τα και μετά αποθήκευσε.
author-not_saved = Το κείμενό σου δεν αποθηκεύτηκε (δες παραπάνω γιατί). Είναι στο πλαίσιο· το αποθηκευμένο κείμενο είναι από κάτω. Διόρθωσέ το και μετά αποθήκευσε.
author-their_text = Το αποθηκευμένο κείμενο
author-original = Το κείμενο στη γλώσσα { $language }
author-image_markdown_hint = Αντίγραψε μια γραμμή στο κείμενο, εκεί που μπαίνει η εικόνα, και περίγραψε την εικόνα μέσα στις αγκύλες.
author-minutes = Λεπτά ανάγνωσης
author-lesson_text = Κείμενο (Markdown)
author-lesson_text_hint = Χρησιμοποίησε ## για τις επικεφαλίδες. Τα κουίζ είναι μπλοκ που ξεκινούν με ```quiz (δες τον οδηγό για τη μορφή των σεμιναρίων).
author-save_and_preview = Αποθήκευση και προεπισκόπηση
author-preview = Προεπισκόπηση
author-preview_notice = Προεπισκόπηση: οι εκπαιδευόμενες θα το δουν μόλις δημοσιεύσεις.
author-back_to_editor = Πίσω στην επεξεργασία
author-cannot_preview = Αυτό το μάθημα δεν μπορεί να εμφανιστεί ακόμη:

## refused

refused-not_a_zip = Το αρχείο δεν είναι αρχείο .zip.
refused-no_manifest = Ο φάκελος του σεμιναρίου στο αρχείο .zip δεν έχει course.toml, άρα δεν είναι σεμινάριο.
refused-too_big = Το αρχείο .zip είναι πολύ μεγάλο: το όριο είναι { $limit }.
refused-too_many_entries = Το αρχείο .zip περιέχει πάρα πολλά αρχεία: το όριο είναι { $limit }.
refused-course_too_big = Το σεμινάριο είναι πολύ μεγάλο: το όριο είναι { $limit }.
refused-bad_name = { $entry }: αυτό το όνομα δεν μπορεί να χρησιμοποιηθεί σε σεμινάριο.
refused-absolute_path = { $entry }: η διαδρομή ξεκινά από τη ρίζα. Οι διαδρομές πρέπει να μένουν μέσα στον φάκελο του σεμιναρίου.
refused-traversal = { $entry }: η διαδρομή βγαίνει έξω από τον φάκελο του σεμιναρίου (..).
refused-link = { $entry }: είναι σύνδεσμος. Αντίγραψε καλύτερα το ίδιο το αρχείο μέσα στο σεμινάριο.
refused-not_a_file = { $entry }: δεν είναι κανονικό αρχείο.
refused-encrypted = { $entry }: είναι κρυπτογραφημένο. Ανέβασέ το χωρίς κωδικό πρόσβασης.
refused-unsupported = { $entry }: είναι συμπιεσμένο με τρόπο που αυτός ο ιστότοπος δεν διαβάζει. Φτιάξε ξανά το .zip.
refused-damaged = { $entry }: είναι χαλασμένο. Φτιάξε ξανά το .zip.
refused-duplicate = { $entry }: υπάρχει δύο φορές στο αρχείο .zip.
refused-not_one_course_folder = Το αρχείο .zip πρέπει να περιέχει ακριβώς έναν φάκελο σεμιναρίου, με όλα τα αρχεία μέσα σε αυτόν.
refused-bad_slug = { $entry }: το όνομα ενός φακέλου σεμιναρίου μπορεί να έχει μόνο πεζά λατινικά γράμματα, ψηφία και παύλες.
refused-file_too_big = { $entry }: πολύ μεγάλο· το όριο είναι { $limit }.
refused-bomb = { $entry }: όταν αποσυμπιέζεται, γίνεται πολύ μεγαλύτερο από το μέγεθός του. Δεν διαβάστηκε.
refused-unknown_type = { $entry }: δεν είναι εικόνα PNG, JPEG, WebP, GIF ή SVG.
refused-not_what_it_says = { $entry }: το περιεχόμενό του δεν ταιριάζει με το όνομά του.
refused-too_many_pixels = { $entry }: πάρα πολλά pixel· το όριο είναι { $limit }.
refused-unreadable = { $entry }: η εικόνα δεν μπορεί να διαβαστεί.
refused-unsafe_svg = { $entry }: το SVG περιέχει κάτι που δεν είναι απλό σχέδιο ({ $limit }).

## problem

problem-course_folder_is_link = ο φάκελος του σεμιναρίου είναι συμβολικός σύνδεσμος· ένα σεμινάριο πρέπει να είναι κανονικός φάκελος
problem-course_not_folder = το σεμινάριο δεν είναι φάκελος
problem-cannot_read = δεν μπορεί να διαβαστεί: { $error }
problem-too_many_files = το σεμινάριο περιέχει περισσότερα από { $limit } αρχεία και φακέλους· αυτό είναι το όριο
problem-name_not_utf8 = το όνομα δεν είναι κείμενο UTF-8
problem-file_is_link = το `{ $path }` είναι συμβολικός σύνδεσμος· ένα σεμινάριο μπορεί να περιέχει μόνο κανονικά αρχεία
problem-file_is_pipe = το `{ $path }` είναι επώνυμη διοχέτευση (named pipe)· ένα σεμινάριο μπορεί να περιέχει μόνο κανονικά αρχεία
problem-file_is_socket = το `{ $path }` είναι υποδοχή (socket)· ένα σεμινάριο μπορεί να περιέχει μόνο κανονικά αρχεία
problem-file_is_device = το `{ $path }` είναι συσκευή· ένα σεμινάριο μπορεί να περιέχει μόνο κανονικά αρχεία
problem-file_not_ordinary = το `{ $path }` δεν είναι κανονικό αρχείο· ένα σεμινάριο μπορεί να περιέχει μόνο κανονικά αρχεία
problem-course_too_big = το σεμινάριο είναι μεγαλύτερο από { $limit } MB συνολικά· αυτό είναι το όριο
problem-file_holds_file = το `{ $parent }` είναι αρχείο, άρα δεν μπορεί να περιέχει το `{ $path }`
problem-folder_not_file = το `{ $path }` είναι φάκελος, άρα δεν μπορεί να είναι αρχείο
problem-path_empty = ένα αρχείο χρειάζεται όνομα
problem-path_absolute = το `{ $path }` είναι απόλυτη διαδρομή· ένα σεμινάριο περιέχει σχετικές διαδρομές
problem-path_control = το `{ $path }` έχει στο όνομά του ανάποδη κάθετο (backslash) ή χαρακτήρα ελέγχου
problem-path_dots = το `{ $path }` έχει κενό όνομα, `.` ή `..`· ένα σεμινάριο περιέχει απλές σχετικές διαδρομές
problem-media_too_big = το αρχείο είναι { $size } KB· το όριο είναι { $limit } KB, γιατί οι εκπαιδευόμενες πληρώνουν για κάθε byte
problem-file_too_big = το αρχείο είναι { $size } KB· το όριο είναι { $limit } KB
problem-file_changed = το αρχείο άλλαξε την ώρα που διαβαζόταν· δοκίμασε ξανά
problem-file_over_limit = το αρχείο περιέχει περισσότερα από όσα λέει το μέγεθός του, και περισσότερα από το όριο των { $limit } KB
problem-folder_not_module = ο φάκελος `{ $folder }` δεν είναι ενότητα δηλωμένη στο course.toml
problem-lesson_id_taken = το id μαθήματος `{ $id }` χρησιμοποιείται ήδη από το { $path }
problem-no_front_matter = ένα μάθημα ξεκινά με κεφαλίδα (front matter) ανάμεσα σε δύο γραμμές `+++` (id, title, minutes)
problem-lesson_id_invalid = το id μαθήματος `{ $id }` μπορεί να έχει μόνο πεζά λατινικά γράμματα, ψηφία και παύλες
problem-lesson_title_empty = ο τίτλος του μαθήματος είναι κενός
problem-lesson_title_hidden = ο τίτλος του μαθήματος περιέχει χαρακτήρα ελέγχου ή κατεύθυνσης κειμένου· αφαίρεσέ τον
problem-minutes_range = τα λεπτά (minutes) πρέπει να είναι από 1 έως 120
problem-translation_missing = το μάθημα `{ $id }` δεν έχει μετάφραση `{ $language }` στο { $folder }
problem-translation_other_module = το μάθημα `{ $id }` είναι εδώ στην ενότητα `{ $module }`, αλλά στη γλώσσα `{ $language }` είναι στην ενότητα `{ $original }`
problem-translation_without_original = το μάθημα `{ $id }` δεν υπάρχει στην κύρια γλώσσα `{ $language }`
problem-image_unknown_type = εικόνα `{ $url }`: μπορούν να χρησιμοποιηθούν μόνο εικόνες PNG, JPEG, WebP, GIF και SVG· αποθήκευσέ τη σε μία από αυτές τις μορφές
problem-image_other_kind = εικόνα `{ $url }`: το όνομά της λέει { $expected }, αλλά περιέχει εικόνα { $found }· αποθήκευσέ την ξανά ως { $expected } ή δώσε της τη σωστή κατάληξη
problem-image_no_picture = εικόνα `{ $url }`: το όνομά της λέει { $expected }, αλλά δεν περιέχει εικόνα (είναι κείμενο, ιστοσελίδα ή άλλο είδος αρχείου)
problem-image_too_many_pixels = εικόνα `{ $url }`: η εικόνα είναι { $width } × { $height } pixel· το όριο είναι { $side } ανά πλευρά και { $millions } εκατομμύρια συνολικά, οπότε κάνε τη μικρότερη
problem-image_unreadable = εικόνα `{ $url }`: η εικόνα δεν μπορεί να διαβαστεί, γιατί το αρχείο είναι κομμένο ή χαλασμένο· αποθήκευσέ την ξανά
problem-svg_dtd = εικόνα `{ $url }`: το σχέδιο δηλώνει DTD (`{ $found }`)· αφαίρεσε αυτή τη γραμμή
problem-svg_not_xml = εικόνα `{ $url }`: το σχέδιο δεν είναι σωστά διαμορφωμένο XML ({ $found })
problem-svg_instruction = εικόνα `{ $url }`: το σχέδιο έχει εντολή επεξεργασίας (processing instruction) `{ $found }`· κάνε ξανά εξαγωγή ως απλό SVG
problem-svg_foreign_element = εικόνα `{ $url }`: το σχέδιο έχει στοιχείο `{ $found }` που δεν είναι SVG (δεδομένα του προγράμματος επεξεργασίας ή μια ιστοσελίδα μέσα του)· κάνε ξανά εξαγωγή ως απλό SVG
problem-svg_script = εικόνα `{ $url }`: το σχέδιο έχει στοιχείο `{ $found }`· μια εικόνα δεν επιτρέπεται να εκτελεί κώδικα
problem-svg_foreign_object = εικόνα `{ $url }`: το σχέδιο έχει στοιχείο `{ $found }`, που μπορεί να περιέχει ιστοσελίδα
problem-svg_link = εικόνα `{ $url }`: το σχέδιο έχει σύνδεσμο (`{ $found }`)· μια εικόνα δεν επιτρέπεται να έχει συνδέσμους
problem-svg_loads_file = εικόνα `{ $url }`: το σχέδιο φορτώνει άλλο αρχείο (`{ $found }`)· βάλε καλύτερα την εικόνα μέσα στο μάθημα
problem-svg_animated = εικόνα `{ $url }`: το σχέδιο έχει κίνηση (`{ $found }`)· γίνονται δεκτά μόνο ακίνητα σχέδια
problem-svg_element = εικόνα `{ $url }`: το σχέδιο έχει στοιχείο `{ $found }`, που δεν είναι απλό σχέδιο· κάνε ξανά εξαγωγή ως απλό SVG
problem-svg_event_handler = εικόνα `{ $url }`: το σχέδιο έχει χειριστή συμβάντων (`{ $found }`)· μια εικόνα δεν επιτρέπεται να εκτελεί κώδικα
problem-svg_external_link = εικόνα `{ $url }`: το σχέδιο έχει σύνδεσμο προς το `{ $found }`, έξω από το σχέδιο
problem-svg_attribute = εικόνα `{ $url }`: το σχέδιο έχει ιδιότητα (attribute) που δεν είναι ιδιότητα σχεδίου (`{ $found }`)· κάνε ξανά εξαγωγή ως απλό SVG
problem-svg_css_escape = εικόνα `{ $url }`: το στυλ στο `{ $found }` κρύβει χαρακτήρες πίσω από διαφυγή `\`
problem-svg_css_at_rule = εικόνα `{ $url }`: το στυλ στο `{ $found }` έχει κανόνα με @, όπως `@import`
problem-svg_css_function = εικόνα `{ $url }`: το στυλ στο `{ $found }` χρησιμοποιεί `{ $function }`, που δεν είναι χρώμα ούτε μετασχηματισμός
problem-image_too_big = εικόνα `{ $url }`: το αρχείο είναι { $size } KB· το όριο είναι { $limit } KB, γιατί οι εκπαιδευόμενες πληρώνουν για κάθε byte
problem-link_scheme = ο σύνδεσμος `{ $url }` δεν επιτρέπεται: βάλε σύνδεσμο προς μάθημα (.md), ιστοσελίδα (https://) ή διεύθυνση email (mailto:)
problem-link_no_lesson = ο σύνδεσμος `{ $url }` δεν οδηγεί σε κανένα μάθημα αυτού του σεμιναρίου: βάλε σύνδεσμο προς μάθημα (.md), ιστοσελίδα (https://) ή διεύθυνση email (mailto:)
problem-image_elsewhere = η εικόνα `{ $url }` πρέπει να είναι αρχείο στον φάκελο του σεμιναρίου: μια εικόνα από άλλον ιστότοπο θα έκανε τα τηλέφωνα των εκπαιδευόμενων να συνδέονται με αυτόν
problem-image_missing = η εικόνα `{ $url }` δεν υπάρχει
problem-not_relative = το `{ $url }` πρέπει να είναι σχετική διαδρομή από το αρχείο του μαθήματος, όπως `images/photo.png` ή `02-next.md`
problem-outside_course = το `{ $url }` οδηγεί έξω από τον φάκελο του σεμιναρίου
problem-quiz_id_taken = το id κουίζ `{ $id }` χρησιμοποιείται ήδη στο { $place }
problem-quiz_out_of_order = εδώ είναι το κουίζ `{ $id }`, ενώ στη γλώσσα `{ $language }` είναι το κουίζ `{ $original }`: μια μετάφραση έχει τα ίδια κουίζ, με την ίδια σειρά
problem-quiz_missing = το κουίζ `{ $id }` της γλώσσας `{ $language }` λείπει από αυτή τη μετάφραση
problem-quiz_not_in_original = το κουίζ `{ $id }` δεν υπάρχει στη γλώσσα `{ $language }`: μια μετάφραση έχει τα ίδια κουίζ, με την ίδια σειρά
problem-quiz_option_count =
    το κουίζ `{ $id }` έχει εδώ { $count ->
        [one] { $count } επιλογή
       *[other] { $count } επιλογές
    }, αλλά { $original } στη γλώσσα `{ $language }`
problem-option_right_here = αυτή η επιλογή είναι σημειωμένη σωστή `[x]` εδώ, αλλά λάθος `[ ]` στη γλώσσα `{ $language }`: οι ίδιες επιλογές είναι σωστές σε κάθε γλώσσα
problem-option_wrong_here = αυτή η επιλογή είναι σημειωμένη λάθος `[ ]` εδώ, αλλά σωστή `[x]` στη γλώσσα `{ $language }`: οι ίδιες επιλογές είναι σωστές σε κάθε γλώσσα
problem-quiz_typed_here = το κουίζ `{ $id }` έχει στη γλώσσα `{ $language }` επιλογές για σημείωση, αλλά εδώ απάντηση που γράφεται
problem-quiz_options_here = το κουίζ `{ $id }` έχει στη γλώσσα `{ $language }` απάντηση που γράφεται, αλλά εδώ επιλογές για σημείωση
problem-quiz_no_id = ένα κουίζ χρειάζεται id μετά τη λέξη quiz, για παράδειγμα ```quiz first-day
problem-quiz_id_invalid = το id κουίζ `{ $id }` μπορεί να έχει μόνο πεζά λατινικά γράμματα, ψηφία και παύλες
problem-quiz_stray_block = αυτό δεν είναι μέρος κουίζ: ένα κουίζ έχει μια ερώτηση, μετά μια λίστα με επιλογές (`- [x]`, `- [ ]`) ή με αποδεκτές απαντήσεις (`- = ...`), και μετά, αν θέλεις, μια εξήγηση `>`
problem-quiz_no_question = το κουίζ δεν έχει ερώτηση: γράψε την πρώτα, ως γραμμή κειμένου πριν από τη λίστα
problem-quiz_no_options = το κουίζ δεν έχει επιλογές (`- [x]`, `- [ ]`) ούτε αποδεκτές απαντήσεις (`- = ...`)
problem-option_empty = αυτή η επιλογή δεν έχει κείμενο: γράψε το μετά το `[x]` ή το `[ ]`
problem-option_stray_block = κάτω από μια επιλογή μπορεί να υπάρχει μόνο το σχόλιό της, ως παράθεση `>`
problem-answer_empty = αυτή η αποδεκτή απάντηση είναι κενή: γράψε τη μετά το `=`
problem-answer_too_long = αυτή η αποδεκτή απάντηση έχει περισσότερους από { $limit } χαρακτήρες: μια απάντηση που γράφεται είναι σύντομη
problem-answer_stray_block = κάτω από μια αποδεκτή απάντηση δεν μπαίνει τίποτα: γράψε τις εξηγήσεις σε παράθεση `>` μετά τη λίστα
problem-item_unmarked = κάθε στοιχείο της λίστας ξεκινά με `[x]` (σωστή), `[ ]` (λάθος) ή `=` (αποδεκτή απάντηση) και μετά ένα κενό
problem-quiz_mixed = η λίστα ανακατεύει επιλογές (`[x]`, `[ ]`) και αποδεκτές απαντήσεις (`=`): ένα κουίζ έχει ή το ένα ή το άλλο
problem-quiz_one_option = το κουίζ έχει μόνο μία επιλογή: γράψε τουλάχιστον δύο ή δέξου απάντηση που γράφεται, με `- = ...`
problem-quiz_none_right = καμία επιλογή δεν είναι σημειωμένη σωστή: σημείωσε τη σωστή με `[x]`
problem-toml_invalid = οι ρυθμίσεις δεν μπορούν να διαβαστούν: { $detail }
problem-version_zero = το version πρέπει να είναι 1 ή περισσότερο
problem-pass_mark_range = το pass_mark είναι ποσοστό των κουίζ: από 0 έως 100
problem-track_unknown = άγνωστη κατηγορία `{ $track }`: χρησιμοποίησε μία από αυτές: { $known }
problem-languages_empty = γράψε τουλάχιστον μία γλώσσα
problem-language_invalid = το `{ $language }` δεν είναι κωδικός γλώσσας όπως `en` ή `it`
problem-language_twice = η γλώσσα `{ $language }` υπάρχει δύο φορές στη λίστα
problem-default_language_unlisted = η κύρια γλώσσα `{ $language }` δεν είναι στο `languages`
problem-module_id_invalid = το id ενότητας `{ $id }` μπορεί να έχει μόνο πεζά λατινικά γράμματα, ψηφία και παύλες
problem-module_id_twice = το id ενότητας `{ $id }` χρησιμοποιείται δύο φορές
problem-modules_empty = δήλωσε τουλάχιστον μία καταχώριση [[modules]]
problem-skills_missing = οι δεξιότητες του πιστοποιητικού δεν έχουν λίστα `{ $language }`
problem-skills_extra_language = οι δεξιότητες του πιστοποιητικού έχουν λίστα `{ $language }`, αλλά η `{ $language }` δεν είναι στο `languages`
problem-skills_too_many = δεξιότητες του πιστοποιητικού στη γλώσσα `{ $language }`: το πολύ { $limit }, μία σελίδα
problem-skill_invalid = δεξιότητα του πιστοποιητικού `{ $skill }` στη γλώσσα `{ $language }`: μία γραμμή από 1 έως { $limit } χαρακτήρες
problem-reveals_programme = το `{ $words }` τυπώνεται στα πιστοποιητικά και λέει `{ $word }`: τα πιστοποιητικά δεν αναφέρουν ποτέ το πρόγραμμα
problem-text_missing = το `{ $field }` δεν έχει κείμενο στη γλώσσα `{ $language }`
problem-text_hidden = το `{ $field }` στη γλώσσα `{ $language }` περιέχει χαρακτήρα ελέγχου ή κατεύθυνσης κειμένου· αφαίρεσέ τον
problem-text_extra_language = το `{ $field }` έχει κείμενο στη γλώσσα `{ $language }`, αλλά η `{ $language }` δεν είναι στο `languages`
problem-catalogue_link = το `{ $path }` είναι συμβολικός σύνδεσμος· ένα σεμινάριο πρέπει να είναι κανονικός φάκελος στον κατάλογο
problem-slug_invalid = ο φάκελος του σεμιναρίου `{ $slug }` μπορεί να έχει μόνο πεζά λατινικά γράμματα, ψηφία και παύλες
problem-language_no_folder = η γλώσσα `{ $language }` είναι στη λίστα, αλλά δεν υπάρχει φάκελος `{ $language }/`
problem-no_lessons = το σεμινάριο δεν έχει μαθήματα
problem-file_missing = το αρχείο λείπει
problem-file_not_utf8 = το αρχείο δεν είναι κείμενο UTF-8
