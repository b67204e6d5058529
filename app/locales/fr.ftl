# L’interface en français : un message par texte qu’une personne lit.
# Format : Project Fluent (https://projectfluent.org), tel que Weblate et Pontoon le modifient.

## language

# Le nom de cette langue, écrit dans cette langue : la liste montre chaque langue sous son propre nom.
language-name = Français
language-title = Langues
language-interface = Langue des pages
language-current = { $language } (actuelle)
language-unknown = La langue « { $code } » n’existe pas sur ce site. Choisissez une de ces langues :
language-reading_title = Langues que vous lisez
language-reading_text = Cochez toutes les langues que vous savez lire. Chaque cours s’affiche dans la première de ces langues où il est écrit, et la liste des cours montre seulement ces cours.
language-reading_best = La langue que vous lisez le mieux
language-reading_also = Autres langues que vous lisez
language-reading_save = Enregistrer
language-reading_all = Vous n’avez pas encore choisi : tous les cours sont affichés.

## site

site-skip_to_content = Aller au contenu
site-quick_exit = Sortie rapide
site-languages = Langues
site-not_found_title = Page introuvable
site-not_found_text = Cette page n’existe pas, ou elle a changé d’adresse.
site-back_to_courses = Retour à tous les cours
site-unavailable = Un problème est survenu de notre côté. Réessayez dans un moment.
site-forbidden_title = Accès refusé
site-forbidden_text = Votre compte ne peut pas ouvrir cette page.
site-wait_title = Trop d’essais

## catalogue

catalogue-title = Cours
catalogue-intro = Des leçons courtes à lire sur votre téléphone, à votre rythme.
catalogue-lessons =
    { $count ->
        [one] { $count } leçon
        [many] { $count } leçons
       *[other] { $count } leçons
    }
catalogue-minutes =
    environ { $count ->
        [one] { $count } minute
        [many] { $count } minutes
       *[other] { $count } minutes
    }
catalogue-in_languages = Langues : { $languages }
catalogue-empty = Pas encore de cours.
catalogue-filtered = Cours dans ces langues : { $languages }
catalogue-change_languages = Modifier
catalogue-show_all = Voir tous les cours
catalogue-none_readable = Aucun cours n’est encore écrit dans ces langues.

## date

# Comment on écrit une date, par exemple 6 décembre 2026. Le premier jour du mois s’écrit 1er.
date-format =
    { $day ->
        [1] 1er
        [one] { $day }
        [many] { $day }
       *[other] { $day }
    } { $month } { $year }
date-day_month =
    { $day ->
        [1] 1er
        [one] { $day }
        [many] { $day }
       *[other] { $day }
    } { $month }
date-month_1 = janvier
date-month_2 = février
date-month_3 = mars
date-month_4 = avril
date-month_5 = mai
date-month_6 = juin
date-month_7 = juillet
date-month_8 = août
date-month_9 = septembre
date-month_10 = octobre
date-month_11 = novembre
date-month_12 = décembre

## track

track-job-readiness = Se préparer au travail
track-language-for-work = Langue pour le travail
track-digital-skills = Compétences numériques

## course

course-start = Commencer le cours
course-module = Partie { $number }
course-minutes = { $count } min
course-fallback = Ce cours n’existe pas encore en français. Il est affiché en { $language }.

## lesson

lesson-minutes =
    Environ { $count ->
        [one] { $count } minute
        [many] { $count } minutes
       *[other] { $count } minutes
    }
lesson-previous = Précédente
lesson-next = Suivante
lesson-finished = Vous êtes arrivée à la fin de ce cours.
lesson-also_in = Cette leçon en :
lesson-fallback = Cette leçon n’existe pas encore en français. Elle est affichée en { $language }.
lesson-outdated = Cette traduction n’est peut-être pas à jour : le texte en { $language } a changé depuis. C’est le texte en { $language } qui sert de référence.
lesson-contents = Sommaire du cours

## account

account-nav = Votre compte
account-sign_in = Se connecter
account-sign_in_required = Connectez-vous pour voir cette page.
account-title = Mon compte
account-sign_out = Se déconnecter
account-handle = Nom sur ce site
account-password = Mot de passe
account-shared_device = Ce téléphone est partagé
account-shared_device_hint = Votre session se ferme quand le navigateur se ferme, et après 20 minutes sans utilisation.
account-no_account = Nouvelle ici ?
account-forgot = Mot de passe oublié ?
account-choose_handle = Choisissez un nom pour ce site
account-handle_hint = Pas votre vrai nom : un nom dont vous vous souviendrez. De 3 à 32 lettres, chiffres, points, tirets ou tirets bas.
account-choose_password = Choisissez un mot de passe
account-password_hint = Au moins 8 caractères. Une petite phrase est facile à retenir.
account-role = Rôle
account-organisation = Organisation
account-cohort = Groupe
account-change_title = Changer mon mot de passe
account-change = Changer mon mot de passe
account-data_title = Vos données
account-data_text = Téléchargez dans un fichier tout ce que ce site garde sur vous.
account-download = Télécharger mes données
account-sessions_title = Téléphones et ordinateurs connectés
account-sessions_text = Si vous vous êtes connectée sur un autre téléphone ou ordinateur et que vous n’êtes pas sûre de vous y être déconnectée, déconnectez-vous partout.
account-sign_out_everywhere = Se déconnecter partout
account-delete_title = Supprimer mon compte
account-delete_text = Votre compte et tout ce qu’il contient seront supprimés pour toujours. Tapez votre mot de passe pour confirmer.
account-delete = Supprimer mon compte

## join

join-link = S’inscrire avec un code
join-title = Rejoindre un groupe
join-intro = Votre formatrice vous donne un code d’inscription. Tapez-le ici.
join-code = Code d’inscription
join-code_hint = Par exemple K7MQ-4XPT. Vous pouvez l’écrire en majuscules ou en minuscules.
join-continue = Continuer
join-cohort = Vous rejoignez le groupe « { $cohort } ».
join-who_sees = L’équipe de formation de { $organisation } ({ $country }) verra le nom que vous choisissez sur ce site, le fait que vous êtes dans son groupe, et vos progrès : les leçons que vous terminez, si vos réponses aux questions sont justes, et les jours où vous avez été active. Rien d’autre n’est enregistré sur ce que vous lisez.
join-no_personal_data = Nous ne demandons pas votre vrai nom, votre adresse e-mail ni votre numéro de téléphone. Ne les utilisez pas comme nom ici.
join-another_code = Ce n’est pas ce groupe ? Utiliser un autre code
join-create = Créer mon compte

## reset

reset-link = Choisir un nouveau mot de passe avec un code de votre formatrice
reset-title = Choisir un nouveau mot de passe
reset-intro = Votre formatrice peut vous donner un code de réinitialisation. Avec ce code, vous choisissez un nouveau mot de passe. Le code ne sert qu’une seule fois.
reset-code = Code de réinitialisation
reset-submit = Enregistrer mon nouveau mot de passe

## safety

safety-link = Rester en sécurité sur ce site
safety-title = Rester en sécurité sur ce site
safety-quick_exit = Le bouton Sortie rapide, sur chaque page, ouvre un site ordinaire à la place de celui-ci. Si vous appuyez ensuite sur Retour, ce site ne revient pas.
safety-shift = Sur un téléphone ou un ordinateur avec un clavier, appuyer trois fois sur la touche Maj fait la même chose.
safety-history = La Sortie rapide n’efface pas l’historique du navigateur : les pages de ce site que vous avez vues peuvent encore y apparaître. Utilisez la navigation privée de votre navigateur, ou effacez l’historique, si quelqu’un risque de le regarder.
safety-shared = Sur un téléphone partagé, cochez « Ce téléphone est partagé » quand vous vous connectez : votre session se ferme quand le navigateur se ferme. Déconnectez-vous toujours quand vous avez fini.
safety-spyware = Un site web ne peut rien cacher à un logiciel espion installé sur le téléphone lui-même. Si vous pensez que votre téléphone est surveillé, utilisez-en un autre et parlez-en à votre formatrice.
safety-data = Ce site garde seulement le nom que vous avez choisi ici, votre mot de passe sous une forme que personne ne peut relire, votre groupe et les sessions où vous êtes connectée. À tout moment, vous pouvez télécharger ces données ou supprimer votre compte depuis Mon compte.

## role

role-learner = Apprenante
role-trainer = Formatrice
role-partner = Autrice de cours
role-admin = Administration

## trainer

trainer-title = Groupes
trainer-no_cohorts = Pas encore de groupe. Créez-en un ci-dessous.
trainer-counts =
    { $learners ->
        [one] { $learners } apprenante
        [many] { $learners } apprenantes
       *[other] { $learners } apprenantes
    } · { $codes ->
        [one] { $codes } code d’inscription actif
        [many] { $codes } codes d’inscription actifs
       *[other] { $codes } codes d’inscription actifs
    }
trainer-new_cohort = Nouveau groupe
trainer-cohort_name = Nom du groupe
trainer-cohort_name_hint = Les apprenantes le voient quand elles rejoignent le groupe. Choisissez un nom neutre, par exemple « Cours du mardi ».
trainer-create_cohort = Créer le groupe

## cohort

cohort-codes = Codes d’inscription
cohort-codes_text = Donnez un code aux apprenantes de ce groupe. Chaque code peut servir un certain nombre de fois, jusqu’à ce qu’il expire ou que vous le révoquiez.
cohort-code_open = Actif
cohort-code_used_up = Épuisé
cohort-code_expired = Expiré
cohort-code_revoked = Révoqué
cohort-uses_left =
    { $count ->
        [one] { $count } utilisation restante
        [many] { $count } utilisations restantes
       *[other] { $count } utilisations restantes
    }
cohort-expires = jusqu’au { $date }
cohort-revoke = Révoquer
cohort-uses = Nombre de personnes qui peuvent l’utiliser
cohort-days = Nombre de jours de validité
cohort-create_code = Créer un code d’inscription
cohort-learners = Apprenantes
cohort-no_learners = Personne n’a encore rejoint ce groupe.
cohort-joined = inscrite le { $date }
cohort-give_reset_code = Donner un code de réinitialisation du mot de passe
cohort-reset_code = Code de réinitialisation, affiché une seule fois : donnez-le à l’apprenante en personne. Il ne sert qu’une fois, pendant 24 heures :

## admin

admin-title = Organisations
admin-new_organisation = Nouvelle organisation
admin-organisation_name = Nom de l’organisation
admin-country = Pays
admin-country_hint = Code de deux lettres, par exemple IT, NG ou AL.
admin-create_organisation = Créer l’organisation
admin-new_staff = Nouveau compte pour l’équipe
admin-new_staff_text = Le nouveau compte reçoit un code d’activation, affiché une seule fois. La personne titulaire du compte choisit son mot de passe avec ce code, sur la page du mot de passe.
admin-no_organisation = Aucune (administration uniquement)
admin-create_staff = Créer le compte
admin-not_active = (mot de passe pas encore choisi)
admin-admins = Administration
admin-new_setup_code = Nouveau code d’activation
admin-remove = Supprimer
admin-setup_code = Code d’activation, affiché une seule fois. Il ne sert qu’une fois, pendant 24 heures :

## form

form-course_created = Le cours est créé. Ajoutez un module, puis des leçons.
form-saved = Enregistré. Les apprenantes le verront quand vous publierez.
form-published = Publié. Les apprenantes lisent maintenant cette version.
form-image_added = L’image est ajoutée. Son code Markdown se trouve sous Images, dans l’éditeur de chaque leçon.
form-archive_imported = L’archive a été chargée dans le brouillon. Vérifiez-le, puis publiez.
form-title_needed = Écrivez un titre.
form-languages_invalid = Écrivez des codes de langue comme it, ro, sq, séparés par des virgules.
form-edit_conflict = Une autre personne a enregistré cette leçon depuis que vous l’avez ouverte.
form-draft_changed = Le cours a changé depuis que vous l’avez consulté. Vérifiez les changements, puis publiez de nouveau.
form-not_publishable = Le cours a des problèmes. Corrigez-les, puis publiez.
form-upload_refused = Le fichier a été refusé.
form-course_too_big = Le cours serait trop gros : 2 000 fichiers et 32 Mo au maximum en tout. Retirez d’abord des images ou des leçons.
form-settings_changed = Quelqu’un a modifié les paramètres depuis que vous avez ouvert cette page, donc les vôtres n’ont pas été enregistrés. Les voici tels qu’ils sont enregistrés maintenant : refaites vos modifications.
form-text_invalid = Un titre, un résumé ou une compétence contient un caractère invisible (par exemple une marque de direction), donc rien n’a été enregistré. Retirez-le et enregistrez à nouveau.
form-course_taken = Un cours existe déjà à cette adresse, et il ne vous appartient pas. Renommez le dossier du cours dans l’archive.
form-draft_exists = Ce cours a déjà un brouillon, et votre fichier est différent, donc rien n’a été modifié. Pour remplacer le brouillon par votre fichier, cochez la case et envoyez-le à nouveau (téléchargez d’abord le brouillon pour en garder une copie).
form-name_changed = L’apprenante a changé le nom depuis que vous avez ouvert cette page. Vérifiez le nouveau nom, puis approuvez.
form-name_revealing = Ce nom dit ce qu’est le programme. Il est imprimé sur les certificats : choisissez un nom neutre, par exemple « Horizon Métiers ».
form-note_missing = Écrivez une note ou un motif (500 caractères au maximum, sur une seule ligne).
form-name_needed = L’apprenante doit d’abord choisir le nom à imprimer.
form-name_differs = Ce nom n’est pas celui du certificat.
form-certificate_name_saved = Enregistré. Votre formatrice va vérifier votre certificat.
form-certificate_returned = Renvoyé à l’apprenante avec votre note.
form-certificate_approved = Approuvé. Le certificat est délivré.
form-certificate_revoked = Le certificat est révoqué.
form-name_matches = Ce nom est bien celui du certificat.
form-course_completed = Vous avez terminé le cours. Bravo !
form-stuck_days_saved = Enregistré.
form-wrong = Le nom ou le mot de passe n’est pas correct. Vérifiez les deux et réessayez.
form-wait = Trop d’essais. Attendez une minute, puis réessayez.
form-busy = Le site est très occupé. Réessayez dans un moment.
form-too_long = C’est trop long. Écrivez un texte plus court.
form-missing = Remplissez tous les champs.
form-handle_invalid = Pour votre nom, utilisez de 3 à 32 lettres, chiffres, points, tirets ou tirets bas.
form-handle_taken = Quelqu’un utilise déjà ce nom. Choisissez-en un autre.
form-password_short = Votre mot de passe doit avoir au moins 8 caractères.
form-code_invalid = Ce code ne fonctionne pas. Il est peut-être mal écrit, épuisé ou expiré. Demandez à votre formatrice.
form-reset_invalid = Le nom ou le code de réinitialisation n’est pas correct, ou le code a expiré.
form-name_invalid = Donnez un nom de 1 à 80 caractères.
form-name_taken = Ce nom est déjà utilisé.
form-number_invalid = Donnez un nombre entier dans les limites permises.
form-country_invalid = Donnez le pays avec un code de deux lettres.
form-organisation_missing = Les rôles Formatrice et Autrice de cours font partie d’une organisation : choisissez-en une.
form-signed_out = Déconnexion réussie.
form-signed_out_everywhere = Déconnexion réussie sur tous les téléphones et ordinateurs.
form-password_set = Votre nouveau mot de passe est enregistré. Connectez-vous avec ce mot de passe.
form-deleted = Votre compte et tout ce qu’il contenait ont été supprimés.
form-cohort_created = Le groupe est créé. Créez maintenant un code d’inscription pour ce groupe.
form-code_created = Le code d’inscription est prêt.
form-organisation_created = L’organisation est créée.
form-staff_removed = Le compte est supprimé.
form-password_changed = Votre nouveau mot de passe est enregistré. Ici, votre session reste ouverte ; partout ailleurs, elle est fermée.

## learner

learner-title = Mes cours

## home

home-title = Mes cours
home-continue = Reprendre là où vous en étiez
home-in_progress = Cours commencés
home-nothing_started = Vous n’avez pas encore commencé de cours. Choisissez-en un parmi tous les cours.
home-finished = Cours terminés
home-finished_on = terminé le { $date }
home-left =
    Il reste { $lessons ->
        [one] { $lessons } leçon
        [many] { $lessons } leçons
       *[other] { $lessons } leçons
    } et { $quizzes ->
        [one] { $quizzes } question
        [many] { $quizzes } questions
       *[other] { $quizzes } questions
    }
home-all_courses = Tous les cours
home-who_sees = L’équipe de formation de { $organisation } ({ $country }) voit vos progrès : les leçons que vous terminez, si vos réponses aux questions sont justes, et les jours où vous avez été active.

## progress

progress-quizzes = Vérifiez ce que vous avez appris
progress-tick_all = Cochez toutes les bonnes réponses.
progress-your_answer = Votre réponse
progress-check = Vérifier ma réponse
progress-check_signed_out = Vérifier ma réponse (connectez-vous d’abord)
progress-sign_in_to_answer = Connectez-vous pour vérifier vos réponses et garder vos progrès.
progress-right = Bonne réponse !
progress-wrong = Pas encore. Lisez ceci, puis réessayez.
progress-position = Leçon { $position } sur { $count }
progress-done_count =
    { $done ->
        [one] { $done } leçon terminée
        [many] { $done } leçons terminées
       *[other] { $done } leçons terminées
    } sur { $count }
progress-done_next = Terminé, leçon suivante
progress-done_finish = Terminé, finir le cours
progress-lesson_done = Vous avez terminé cette leçon.
progress-course_completed = Vous avez terminé ce cours.

## group

group-progress = Progression
group-needs_help = Besoin d’aide
group-nobody_needs_help = Aucune apprenante n’est bloquée ni en difficulté.
group-stuck = bloquée
group-struggling = en difficulté
group-never = jamais
group-completed = (terminé)
group-learner = Apprenante
group-last_activity = Dernière activité
group-chart_title = Leçons terminées par le groupe, pour chaque cours
group-course_bar =
    { $percent } % · { $completed ->
        [one] { $completed } a terminé
        [many] { $completed } ont terminé
       *[other] { $completed } ont terminé
    }
group-download_csv = Télécharger le tableau (CSV)
group-most_missed = Questions les plus souvent ratées
group-nothing_missed = Aucune question ratée pour l’instant.
group-missed_counts =
    ratée { $misses ->
        [one] une fois
        [many] { $misses } fois
       *[other] { $misses } fois
    } par { $learners ->
        [one] { $learners } apprenante
        [many] { $learners } apprenantes
       *[other] { $learners } apprenantes
    }
group-stuck_days = Nombre de jours sans activité avant de signaler une apprenante comme bloquée
group-save_stuck_days = Enregistrer
group-csv_learner = Apprenante
group-csv_joined = Date d’inscription
group-csv_last_activity = Dernière activité
group-csv_stuck = Bloquée
group-csv_struggling = En difficulté
group-csv_lessons = { $course } : leçons terminées
group-csv_completed = { $course } : terminé
group-csv_yes = oui
group-csv_no = non

## learner_view

learner_view-facts = Inscrite le { $joined } · dernière activité : { $last }
learner_view-activity = Activité
learner_view-activity_chart = Réponses et leçons terminées par semaine, sur les 12 dernières semaines
learner_view-week_records =
    { $count ->
        [one] { $count } réponse ou leçon terminée
        [many] { $count } réponses ou leçons terminées
       *[other] { $count } réponses ou leçons terminées
    }
learner_view-courses = Cours
learner_view-nothing_started = Elle n’a pas encore commencé de cours.
learner_view-lesson_done = terminée
learner_view-lesson_not_done = pas encore terminée
learner_view-not_answered = pas encore de réponse
learner_view-right_after =
    juste, après { $tries ->
        [one] { $tries } essai
        [many] { $tries } essais
       *[other] { $tries } essais
    }
learner_view-not_right_yet =
    pas encore juste, { $tries ->
        [one] { $tries } essai
        [many] { $tries } essais
       *[other] { $tries } essais
    }

## certificate

certificate-mine = Mes certificats
certificate-note_from_trainer = Note de votre formatrice :
certificate-name_label = Nom à imprimer sur le certificat
certificate-name_hint = Votre nom, tel que vous voulez qu’un employeur le lise. { $count } caractères au maximum. Vous pouvez le changer tant que le certificat n’est pas délivré.
certificate-save_name = Enregistrer le nom
certificate-open = Ouvrir le certificat
certificate-status_needs_name = Choisissez le nom à imprimer. Ensuite, votre formatrice pourra délivrer le certificat.
certificate-status_pending = Votre formatrice doit encore vérifier votre demande.
certificate-status_returned = Votre formatrice vous a renvoyé la demande. Lisez la note, puis enregistrez de nouveau le nom.
certificate-status_issued = Délivré.
certificate-status_revoked = Retiré par votre organisation.
certificate-did_opened = { $date } : le cours a été terminé et la demande a été ouverte.
certificate-did_named = { $date } : { $by } a choisi le nom à imprimer.
certificate-did_returned = { $date } : { $by } a renvoyé la demande avec une note.
certificate-did_approved = { $date } : { $by } a approuvé la demande, et le certificat a été délivré.
certificate-did_revoked = { $date } : { $by } a révoqué le certificat.
certificate-heading = Certificat
certificate-awarded_to = Ce certificat atteste que
certificate-completed = a terminé le cours
certificate-skills = Compétences
certificate-course = Cours
certificate-date = Date
certificate-issued_by = Délivré par
certificate-code = Code de vérification
certificate-verify_page = Page de vérification
certificate-verify_at = Vérifier ce certificat à l’adresse
certificate-qr_label = Code QR qui ouvre la page de vérification
certificate-download_pdf = Télécharger le PDF
certificate-download_credential = Télécharger le badge numérique
certificate-credential_hint = Le badge numérique est un fichier signé (Open Badges 3.0). Vous pouvez le garder dans un portefeuille de badges ou l’envoyer à un employeur. Il ne contient ni votre nom ni votre compte.
certificate-print_hint = Pour imprimer, utilisez la fonction Imprimer de votre navigateur : seul le certificat est imprimé.
certificate-criteria = A terminé toutes les leçons du cours et ses quiz ; le certificat a été vérifié et approuvé par l’équipe de formation.

## review

review-title = Certificats à vérifier
review-open = En attente d’une décision
review-decided = Décisions prises
review-none_open = Aucune demande en attente.
review-none_decided = Aucune décision pour l’instant.
review-waiting_for_name = En attente : l’apprenante doit choisir le nom à imprimer.
review-opened_on = ouverte le { $date }
review-no_name_yet = L’apprenante n’a pas encore choisi le nom à imprimer. Vous pourrez approuver quand ce sera fait.
review-name_to_print = Nom à imprimer :
review-decide = Décider
review-approve = Approuver et délivrer le certificat
review-return = Renvoyer avec une note
review-note_label = Note pour l’apprenante
review-reason_hint = L’apprenante lira cette note. { $count } caractères au maximum.
review-revoke = Révoquer le certificat
review-revoke_text = La page de vérification indiquera que le certificat a été révoqué, et à quelle date.
review-reason_label = Motif (gardé avec la décision)
review-evidence = Leçons et résultats des quiz
review-no_evidence = Aucune leçon ni réponse n’est enregistrée pour ce cours.
review-withdrawn_evidence = Ce cours a été retiré après que l’apprenante l’a terminé. Ses leçons et les réponses de l’apprenante ne sont plus affichées ici.
review-all_progress = Toute la progression de cette apprenante
review-decisions = Historique

## verify

verify-title = Vérifier un certificat
verify-code_label = Code de vérification
verify-code_hint = Les 12 lettres et chiffres imprimés sous le code QR, par exemple K7MQ-4XPT-9B2D.
verify-check = Vérifier
verify-unknown = Aucun certificat n’a ce code. Vérifiez le code et tapez-le de nouveau.
verify-withdrawn = Ce certificat a été retiré par la personne qui l’a reçu.
verify-valid = Ce certificat est valide.
verify-revoked = Ce certificat a été révoqué le { $date }.
verify-name_heading = Vérifier le nom
verify-name_text = Le nom de la personne qui a reçu le certificat n’est pas affiché ici. Tapez le nom qu’on vous a donné pour vérifier que c’est bien celui du certificat.
verify-name_label = Nom
verify-check_name = Vérifier le nom

## partner

partner-title = Mes cours

## author

author-no_drafts = Pas encore de cours. Créez-en un ci-dessous, ou importez une archive.
author-published_version = Version { $version } publiée
author-never_published = Pas encore publié
author-changed_on = modifié le { $date }
author-new_course = Nouveau cours
author-create = Créer le cours
author-course_title = Titre
author-track = Parcours
author-default_language = Langue principale
author-other_languages = Autres langues
author-languages_hint = Codes de langue, séparés par des virgules, par exemple : it, ro. Laissez vide pour une seule langue.
author-upload_archive = Importer une archive de cours
author-upload_archive_hint = Un .zip d’un seul dossier de cours, tel que vous le téléchargez ici ou le gardez dans git. Il crée un brouillon ; il ne remplace le brouillon du même cours que si vous cochez la case.
author-replace_draft = Remplacer le brouillon du cours s’il en a un
author-archive_file = Archive (.zip)
author-upload = Importer
author-settings = Paramètres
author-download_archive = Télécharger en .zip
author-contents = Contenu
author-add_module = Ajouter un module
author-module_title = Titre du module
author-add_lesson = Ajouter une leçon
author-lesson_title = Titre de la leçon
author-written = écrite
author-missing = manquante
author-outdated = à mettre à jour
author-move_up = Monter
author-move_down = Descendre
author-remove = Retirer
author-problems = Problèmes à corriger
author-line = ligne { $line }
author-images = Images
author-images_hint = PNG, JPEG, WebP, GIF ou SVG simple, 512 Ko et 4 millions de pixels au maximum. Décrivez toujours l’image dans le Markdown.
author-image_file = Image
author-publish = Publier
author-fix_problems_first = Corrigez d’abord les problèmes ci-dessus : seul un cours sans problème peut être publié.
author-nothing_changed = Rien n’a changé depuis la version que lisent les apprenantes.
author-first_version = Première version : toutes les leçons sont nouvelles pour les apprenantes.
author-lessons_added = Leçons ajoutées :
author-lessons_removed = Leçons retirées :
author-lessons_changed = Leçons modifiées :
author-quizzes_changed = Quiz modifiés dans :
author-lessons_moved = Leçons déplacées :
author-settings_changed = Titres, résumé ou paramètres modifiés.
author-progress_kept = Les apprenantes gardent leur progression : les leçons gardent leur identifiant (id).
author-publish_version = Publier la version { $version }
author-versions = Versions
author-version_by = Version { $version }, publiée par { $handle } le { $date }
author-current = C’est la version que lisent les apprenantes
author-publish_again = Publier de nouveau cette version
author-visibility = Qui peut suivre le cours
author-visible_everyone = Les apprenantes de toutes les organisations
author-visible_organisation = Seulement les apprenantes de notre organisation
author-summary = Résumé
author-certificate_title = Titre du certificat
author-certificate_title_hint = Laissez vide pour utiliser le titre du cours. Ne nommez jamais le programme.
author-skills = Compétences sur le certificat
author-skills_hint = Une compétence par ligne, 8 au maximum.
author-module_named = Titres du module : { $id }
author-pass_mark = Seuil de réussite (%)
author-pass_mark_hint = Pourcentage des quiz à réussir pour terminer le cours : de 0 à 100.
author-save = Enregistrer
author-back_to_course = Retour au cours
author-outdated_notice = Le texte en { $language } a changé après l’enregistrement de cette traduction. Comparez-la avec le texte affiché à côté, puis enregistrez.
author-conflict = Une autre personne a enregistré cette leçon depuis que vous l’avez ouverte. Votre texte est dans le cadre ; le texte enregistré est en dessous. Réunissez les deux, puis enregistrez.
author-not_saved = Votre texte n’a pas été enregistré (voir la raison plus haut). Il est dans le cadre ; le texte enregistré est en dessous. Corrigez-le, puis enregistrez.
author-their_text = Le texte enregistré
author-original = Le texte en { $language }
author-image_markdown_hint = Copiez une ligne dans le texte, là où va l’image, et décrivez l’image entre les crochets.
author-minutes = Minutes de lecture
author-lesson_text = Texte (Markdown)
author-lesson_text_hint = Utilisez ## pour les sections. Les quiz sont des blocs qui commencent par ```quiz (voir le guide du format des cours).
author-save_and_preview = Enregistrer et voir l’aperçu
author-preview = Aperçu
author-preview_notice = Aperçu : les apprenantes verront ceci quand vous publierez.
author-back_to_editor = Retour à l’éditeur
author-cannot_preview = Cette leçon ne peut pas encore être affichée :

## refused

refused-not_a_zip = Le fichier n’est pas une archive .zip.
refused-no_manifest = Le dossier du cours dans l’archive n’a pas de course.toml : ce n’est donc pas un cours.
refused-too_big = L’archive est trop grosse : la limite est de { $limit }.
refused-too_many_entries = L’archive contient trop de fichiers : la limite est de { $limit }.
refused-course_too_big = Le cours est trop gros : la limite est de { $limit }.
refused-bad_name = { $entry } : ce nom ne peut pas être utilisé dans un cours.
refused-absolute_path = { $entry } : le chemin part de la racine. Les chemins doivent rester dans le dossier du cours.
refused-traversal = { $entry } : le chemin sort du dossier du cours (..).
refused-link = { $entry } : c’est un lien. Copiez plutôt le fichier dans le cours.
refused-not_a_file = { $entry } : ce n’est pas un fichier ordinaire.
refused-encrypted = { $entry } : fichier chiffré. Importez-le sans mot de passe.
refused-unsupported = { $entry } : compressé d’une manière que ce site ne sait pas lire. Refaites le .zip.
refused-damaged = { $entry } : fichier endommagé. Refaites le .zip.
refused-duplicate = { $entry } : présent deux fois dans l’archive.
refused-not_one_course_folder = L’archive doit contenir un seul dossier de cours, avec tout le contenu à l’intérieur.
refused-bad_slug = { $entry } : un nom de dossier de cours ne peut contenir que des lettres minuscules, des chiffres et des tirets.
refused-file_too_big = { $entry } : trop gros ; la limite est de { $limit }.
refused-bomb = { $entry } : une fois décompressé, il prendrait beaucoup plus de place que dans l’archive. Il n’a pas été lu.
refused-unknown_type = { $entry } : ce n’est pas une image PNG, JPEG, WebP, GIF ou SVG.
refused-not_what_it_says = { $entry } : son contenu ne correspond pas à son nom.
refused-too_many_pixels = { $entry } : trop de pixels ; la limite est de { $limit }.
refused-unreadable = { $entry } : l’image ne peut pas être lue.
refused-unsafe_svg = { $entry } : le SVG contient quelque chose qui n’est pas un simple dessin ({ $limit }).

## problem

problem-course_folder_is_link = le dossier du cours est un lien symbolique ; un cours doit être un dossier ordinaire
problem-course_not_folder = le cours n’est pas un dossier
problem-cannot_read = impossible de le lire : { $error }
problem-too_many_files = le cours contient plus de { $limit } fichiers et dossiers ; c’est la limite
problem-name_not_utf8 = le nom n’est pas du texte UTF-8
problem-file_is_link = `{ $path }` est un lien symbolique ; un cours ne peut contenir que des fichiers ordinaires
problem-file_is_pipe = `{ $path }` est un tube nommé ; un cours ne peut contenir que des fichiers ordinaires
problem-file_is_socket = `{ $path }` est un socket ; un cours ne peut contenir que des fichiers ordinaires
problem-file_is_device = `{ $path }` est un périphérique ; un cours ne peut contenir que des fichiers ordinaires
problem-file_not_ordinary = `{ $path }` n’est pas un fichier ordinaire ; un cours ne peut contenir que des fichiers ordinaires
problem-course_too_big = le cours dépasse { $limit } Mo en tout ; c’est la limite
problem-file_holds_file = `{ $parent }` est un fichier, il ne peut donc pas contenir `{ $path }`
problem-folder_not_file = `{ $path }` est un dossier, il ne peut donc pas être un fichier
problem-path_empty = un fichier doit avoir un nom
problem-path_absolute = `{ $path }` est un chemin absolu ; un cours contient des chemins relatifs
problem-path_control = le nom de `{ $path }` contient une barre oblique inverse ou un caractère de contrôle
problem-path_dots = `{ $path }` a un nom vide, `.` ou `..` ; un cours contient de simples chemins relatifs
problem-media_too_big = le fichier fait { $size } Ko ; la limite est de { $limit } Ko, car les apprenantes paient chaque octet
problem-file_too_big = le fichier fait { $size } Ko ; la limite est de { $limit } Ko
problem-file_changed = le fichier a changé pendant sa lecture ; réessayez
problem-file_over_limit = le fichier contient plus que ce qu’indique sa taille, et plus que la limite de { $limit } Ko
problem-folder_not_module = le dossier `{ $folder }` n’est pas un module déclaré dans course.toml
problem-lesson_id_taken = l’id de leçon `{ $id }` est déjà utilisé par { $path }
problem-no_front_matter = une leçon commence par un en-tête entre deux lignes `+++` (id, title, minutes)
problem-lesson_id_invalid = l’id de leçon `{ $id }` ne peut contenir que des lettres minuscules, des chiffres et des tirets
problem-lesson_title_empty = le titre de la leçon est vide
problem-lesson_title_hidden = le titre de la leçon contient un caractère de contrôle ou de direction du texte ; retirez-le
problem-minutes_range = la durée (minutes) doit être entre 1 et 120
problem-translation_missing = la leçon `{ $id }` n’a pas de traduction `{ $language }` dans { $folder }
problem-translation_other_module = la leçon `{ $id }` est ici dans le module `{ $module }`, mais dans le module `{ $original }` en `{ $language }`
problem-translation_without_original = la leçon `{ $id }` n’existe pas dans la langue principale `{ $language }`
problem-image_unknown_type = image `{ $url }` : seules les images PNG, JPEG, WebP, GIF et SVG peuvent être utilisées ; enregistrez-la dans un de ces formats
problem-image_other_kind = image `{ $url }` : son nom indique { $expected }, mais elle contient une image { $found } ; enregistrez-la de nouveau en { $expected }, ou donnez-lui la bonne extension
problem-image_no_picture = image `{ $url }` : son nom indique { $expected }, mais elle ne contient aucune image (du texte, une page web ou un autre type de fichier)
problem-image_too_many_pixels =
    image `{ $url }` : l’image fait { $width } × { $height } pixels ; la limite est de { $side } par côté et de { $millions ->
        [one] { $millions } million
        [many] { $millions } millions
       *[other] { $millions } millions
    } en tout, donc réduisez-la
problem-image_unreadable = image `{ $url }` : l’image ne peut pas être lue, car le fichier est incomplet ou endommagé ; enregistrez-la de nouveau
problem-svg_dtd = image `{ $url }` : le dessin déclare une DTD (`{ $found }`) ; retirez cette ligne
problem-svg_not_xml = image `{ $url }` : le dessin n’est pas du XML bien formé ({ $found })
problem-svg_instruction = image `{ $url }` : le dessin contient une instruction de traitement `{ $found }` ; exportez-le de nouveau en SVG simple
problem-svg_foreign_element = image `{ $url }` : le dessin contient un élément `{ $found }` qui n’est pas du SVG (données d’un éditeur, ou une page web à l’intérieur) ; exportez-le de nouveau en SVG simple
problem-svg_script = image `{ $url }` : le dessin contient un élément `{ $found }` ; une image ne doit pas exécuter de code
problem-svg_foreign_object = image `{ $url }` : le dessin contient un élément `{ $found }`, qui peut contenir une page web
problem-svg_link = image `{ $url }` : le dessin contient un lien (`{ $found }`) ; une image ne doit contenir aucun lien
problem-svg_loads_file = image `{ $url }` : le dessin charge un autre fichier (`{ $found }`) ; mettez plutôt cette image dans la leçon
problem-svg_animated = image `{ $url }` : le dessin est animé (`{ $found }`) ; seuls les dessins fixes sont acceptés
problem-svg_element = image `{ $url }` : le dessin contient un élément `{ $found }`, qui n’est pas un simple dessin ; exportez-le de nouveau en SVG simple
problem-svg_event_handler = image `{ $url }` : le dessin contient un gestionnaire d’événement (`{ $found }`) ; une image ne doit pas exécuter de code
problem-svg_external_link = image `{ $url }` : le dessin contient un lien vers `{ $found }`, hors du dessin
problem-svg_attribute = image `{ $url }` : le dessin contient un attribut qui n’est pas un attribut de dessin (`{ $found }`) ; exportez-le de nouveau en SVG simple
problem-svg_css_escape = image `{ $url }` : le style dans `{ $found }` cache des caractères derrière un échappement `\`
problem-svg_css_at_rule = image `{ $url }` : le style dans `{ $found }` contient une règle @, comme `@import`
problem-svg_css_function = image `{ $url }` : le style dans `{ $found }` utilise `{ $function }`, qui n’est ni une couleur ni une transformation
problem-image_too_big = image `{ $url }` : le fichier fait { $size } Ko ; la limite est de { $limit } Ko, car les apprenantes paient chaque octet
problem-link_scheme = le lien `{ $url }` n’est pas autorisé : faites un lien vers une leçon (.md), une page web (https://) ou une adresse e-mail (mailto:)
problem-link_no_lesson = le lien `{ $url }` ne mène à aucune leçon de ce cours : faites un lien vers une leçon (.md), une page web (https://) ou une adresse e-mail (mailto:)
problem-image_elsewhere = l’image `{ $url }` doit être un fichier du dossier du cours : une image d’un autre site obligerait les téléphones des apprenantes à contacter ce site
problem-image_missing = l’image `{ $url }` n’existe pas
problem-not_relative = `{ $url }` doit être un chemin relatif au fichier de la leçon, comme `images/photo.png` ou `02-next.md`
problem-outside_course = `{ $url }` mène hors du dossier du cours
problem-quiz_id_taken = l’id de quiz `{ $id }` est déjà utilisé dans { $place }
problem-quiz_out_of_order = le quiz `{ $id }` est ici, là où `{ $language }` a le quiz `{ $original }` : une traduction a les mêmes quiz, dans le même ordre
problem-quiz_missing = le quiz `{ $id }` de `{ $language }` manque dans cette traduction
problem-quiz_not_in_original = le quiz `{ $id }` n’existe pas en `{ $language }` : une traduction a les mêmes quiz, dans le même ordre
problem-quiz_option_count =
    le quiz `{ $id }` a ici { $count ->
        [one] { $count } option
        [many] { $count } options
       *[other] { $count } options
    }, mais { $original } en `{ $language }`
problem-option_right_here = cette option est marquée juste `[x]` ici, mais fausse `[ ]` en `{ $language }` : les mêmes options sont justes dans toutes les langues
problem-option_wrong_here = cette option est marquée fausse `[ ]` ici, mais juste `[x]` en `{ $language }` : les mêmes options sont justes dans toutes les langues
problem-quiz_typed_here = le quiz `{ $id }` a des options à cocher en `{ $language }`, mais ici une réponse à écrire
problem-quiz_options_here = le quiz `{ $id }` a une réponse à écrire en `{ $language }`, mais ici des options à cocher
problem-quiz_no_id = un quiz a besoin d’un id après le mot quiz, par exemple ```quiz first-day
problem-quiz_id_invalid = l’id de quiz `{ $id }` ne peut contenir que des lettres minuscules, des chiffres et des tirets
problem-quiz_stray_block = ceci ne fait pas partie d’un quiz : un quiz contient une question, puis une liste d’options (`- [x]`, `- [ ]`) ou de réponses acceptées (`- = ...`), puis, si vous voulez, une explication `>`
problem-quiz_no_question = le quiz n’a pas de question : écrivez-la d’abord, comme une ligne de texte avant la liste
problem-quiz_no_options = le quiz n’a ni options (`- [x]`, `- [ ]`) ni réponses acceptées (`- = ...`)
problem-option_empty = cette option n’a pas de texte : écrivez-le après `[x]` ou `[ ]`
problem-option_stray_block = sous une option, il ne peut y avoir que son commentaire, sous forme de citation `>`
problem-answer_empty = cette réponse acceptée est vide : écrivez-la après le `=`
problem-answer_too_long = cette réponse acceptée dépasse { $limit } caractères : une réponse à écrire est courte
problem-answer_stray_block = rien ne peut se trouver sous une réponse acceptée : écrivez les explications dans une citation `>` après la liste
problem-item_unmarked = chaque élément de la liste commence par `[x]` (option juste), `[ ]` (option fausse) ou `=` (réponse acceptée), puis un espace
problem-quiz_mixed = la liste mélange des options (`[x]`, `[ ]`) et des réponses acceptées (`=`) : un quiz a soit les unes, soit les autres
problem-quiz_one_option = le quiz n’a qu’une seule option : donnez-en au moins deux, ou acceptez une réponse à écrire avec `- = ...`
problem-quiz_none_right = aucune option n’est marquée juste : marquez la bonne option avec `[x]`
problem-toml_invalid = les paramètres ne peuvent pas être lus : { $detail }
problem-version_zero = le champ version doit valoir au moins 1
problem-pass_mark_range = pass_mark est un pourcentage des quiz : de 0 à 100
problem-track_unknown = parcours `{ $track }` inconnu ; utilisez un de ceux-ci : { $known }
problem-languages_empty = indiquez au moins une langue
problem-language_invalid = `{ $language }` n’est pas un code de langue comme `en` ou `it`
problem-language_twice = la langue `{ $language }` est indiquée deux fois
problem-default_language_unlisted = la langue principale `{ $language }` n’est pas dans `languages`
problem-module_id_invalid = l’id de module `{ $id }` ne peut contenir que des lettres minuscules, des chiffres et des tirets
problem-module_id_twice = l’id de module `{ $id }` est utilisé deux fois
problem-modules_empty = déclarez au moins une entrée [[modules]]
problem-skills_missing = les compétences du certificat n’ont pas de liste en `{ $language }`
problem-skills_extra_language = les compétences du certificat ont une liste en `{ $language }`, mais `{ $language }` n’est pas dans `languages`
problem-skills_too_many = compétences du certificat en `{ $language }` : { $limit } au maximum, sur une page
problem-skill_invalid = compétence du certificat `{ $skill }` en `{ $language }` : une ligne de 1 à { $limit } caractères
problem-reveals_programme = `{ $words }` est imprimé sur les certificats et dit `{ $word }` : les certificats ne nomment jamais le programme
problem-text_missing = `{ $field }` n’a pas de texte en `{ $language }`
problem-text_hidden = `{ $field }` en `{ $language }` contient un caractère de contrôle ou de direction du texte ; retirez-le
problem-text_extra_language = `{ $field }` a un texte en `{ $language }`, mais `{ $language }` n’est pas dans `languages`
problem-catalogue_link = `{ $path }` est un lien symbolique ; un cours doit être un dossier ordinaire dans le catalogue
problem-slug_invalid = le dossier du cours `{ $slug }` ne peut contenir que des lettres minuscules, des chiffres et des tirets
problem-language_no_folder = la langue `{ $language }` est indiquée, mais il n’y a pas de dossier `{ $language }/`
problem-no_lessons = le cours n’a aucune leçon
problem-file_missing = le fichier est manquant
problem-file_not_utf8 = le fichier n’est pas du texte UTF-8
