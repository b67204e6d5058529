# The interface in English: one message per text a person reads.
# Format: Project Fluent (https://projectfluent.org), as Weblate and Pontoon edit it.

## language

# This language's name, written in it: the language list shows every language by its own name.
language-name = English
language-title = Languages
language-interface = Language of the pages
language-current = { $language } (now)
language-unknown = There is no language “{ $code }” on this site. Choose one of these:
language-reading_title = Languages you read
language-reading_text = Tick every language you can read. Courses are shown in the first of these they are written in, and the list of courses shows only those.
language-reading_best = The language you read best
language-reading_also = Other languages you read
language-reading_save = Save
language-reading_all = You did not choose yet: all courses are shown.

## site

site-skip_to_content = Skip to content
site-quick_exit = Quick exit
site-languages = Languages
site-not_found_title = Page not found
site-not_found_text = This page does not exist, or it has moved.
site-back_to_courses = Back to all courses
site-unavailable = Something went wrong on our side. Please try again in a moment.
site-forbidden_title = No access
site-forbidden_text = Your account cannot open this page.
site-wait_title = Too many attempts

## catalogue

catalogue-title = Courses
catalogue-intro = Short lessons you can read on your phone, at your own pace.
catalogue-lessons =
    { $count ->
        [one] { $count } lesson
       *[other] { $count } lessons
    }
catalogue-minutes =
    about { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
catalogue-in_languages = In: { $languages }
catalogue-empty = No courses yet.
catalogue-filtered = Courses in: { $languages }
catalogue-change_languages = Change
catalogue-show_all = Show all courses
catalogue-none_readable = No course is written in these languages yet.

## date

# How a date is written, for example 6 December 2026.
date-format = { $day } { $month } { $year }
date-day_month = { $day } { $month }
date-month_1 = January
date-month_2 = February
date-month_3 = March
date-month_4 = April
date-month_5 = May
date-month_6 = June
date-month_7 = July
date-month_8 = August
date-month_9 = September
date-month_10 = October
date-month_11 = November
date-month_12 = December

## track

track-job-readiness = Getting ready for work
track-language-for-work = Language for work
track-digital-skills = Digital skills

## course

course-start = Start the course
course-module = Part { $number }
course-minutes = { $count } min
course-fallback = This course is not available in English yet. It is shown in { $language }.

## lesson

lesson-minutes =
    About { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
lesson-previous = Previous
lesson-next = Next
lesson-finished = You reached the end of this course.
lesson-also_in = This lesson in:
lesson-fallback = This lesson is not available in English yet. It is shown in { $language }.
lesson-outdated = This translation may be behind the { $language } text, which changed since. The { $language } text is the reference.
lesson-contents = Course contents

## account

account-nav = Your account
account-sign_in = Sign in
account-sign_in_required = Please sign in to see this page.
account-title = My account
account-sign_out = Sign out
account-handle = Name on this site
account-password = Password
account-shared_device = This is a shared phone
account-shared_device_hint = You are signed out when the browser closes, and after 20 minutes without use.
account-no_account = New here?
account-forgot = Forgot your password?
account-choose_handle = Choose a name for this site
account-handle_hint = Not your real name: any name you will remember. 3 to 32 letters, digits, dots, dashes or underscores.
account-choose_password = Choose a password
account-password_hint = At least 8 characters. A short sentence is easy to remember.
account-role = Role
account-organisation = Organisation
account-cohort = Group
account-change_title = Change my password
account-change = Change my password
account-data_title = Your data
account-data_text = Download everything this site keeps about you, as a file.
account-download = Download my data
account-sessions_title = Signed-in phones and computers
account-sessions_text = If you signed in on another phone or computer and are not sure you signed out there, sign out everywhere.
account-sign_out_everywhere = Sign out everywhere
account-delete_title = Delete my account
account-delete_text = This deletes your account and everything it holds, for good. Type your password to confirm.
account-delete = Delete my account

## join

join-link = Join with a code
join-title = Join a group
join-intro = Your trainer gives you a join code. Type it here.
join-code = Join code
join-code_hint = For example K7MQ-4XPT. Capital or small letters both work.
join-continue = Continue
join-cohort = You are joining the group “{ $cohort }”.
join-who_sees = Your trainers at { $organisation } ({ $country }) will see the name you choose on this site, that you are in their group, and your progress: the lessons you finish, whether your answers to the questions are right, and the days you were active. Nothing else about your reading is recorded.
join-no_personal_data = We do not ask for your real name, email or phone number. Do not use them as your name here.
join-another_code = Not this group? Use another code
join-create = Create my account

## reset

reset-link = Set a new password with a code from your trainer
reset-title = Set a new password
reset-intro = Your trainer can give you a reset code. With it, you choose a new password. The code works once.
reset-code = Reset code
reset-submit = Set my new password

## safety

safety-link = Staying safe on this site
safety-title = Staying safe on this site
safety-quick_exit = The Quick exit button, on every page, opens an ordinary website in place of this one. Pressing Back does not bring this site back.
safety-shift = On a phone or computer with a keyboard, pressing the Shift key three times does the same.
safety-history = Quick exit does not delete your browser history: earlier pages of this site can still be listed there. Use your browser's private mode, or delete the history, if someone may look at it.
safety-shared = On a shared phone, tick "This is a shared phone" when you sign in: you are signed out when the browser closes. Always sign out when you finish.
safety-spyware = Nothing on a website can hide from spying software installed on the phone itself. If you think your phone is watched, use another one and talk to your trainer.
safety-data = This site keeps only the name you chose here, your password in a form no one can read back, your group and the sessions you are signed in with. You can download it or delete your account at any time from My account.

## role

role-learner = Learner
role-trainer = Trainer
role-partner = Course author
role-admin = Administrator

## trainer

trainer-title = Groups
trainer-no_cohorts = No groups yet. Create one below.
trainer-counts =
    { $learners ->
        [one] { $learners } learner
       *[other] { $learners } learners
    } · { $codes ->
        [one] { $codes } open join code
       *[other] { $codes } open join codes
    }
trainer-new_cohort = New group
trainer-cohort_name = Group name
trainer-cohort_name_hint = Learners see it when they join. Keep it neutral, for example "Tuesday class".
trainer-create_cohort = Create the group

## cohort

cohort-codes = Join codes
cohort-codes_text = Give a code to the learners of this group. Each code works a set number of times, until it expires or you revoke it.
cohort-code_open = Open
cohort-code_used_up = Used up
cohort-code_expired = Expired
cohort-code_revoked = Revoked
cohort-uses_left =
    { $count ->
        [one] { $count } use left
       *[other] { $count } uses left
    }
cohort-expires = until { $date }
cohort-revoke = Revoke
cohort-uses = How many people can use it
cohort-days = Valid for how many days
cohort-create_code = Create a join code
cohort-learners = Learners
cohort-no_learners = Nobody has joined yet.
cohort-joined = joined { $date }
cohort-give_reset_code = Give a password reset code
cohort-reset_code = Reset code, shown once: give it to the learner in person. It works once, for 24 hours:

## admin

admin-title = Organisations
admin-new_organisation = New organisation
admin-organisation_name = Organisation name
admin-country = Country
admin-country_hint = Two-letter code, for example IT, NG or AL.
admin-create_organisation = Create the organisation
admin-new_staff = New staff account
admin-new_staff_text = The new account gets a setup code, shown once. Its owner sets her password with it on the password page.
admin-no_organisation = None (administrators only)
admin-create_staff = Create the account
admin-not_active = (password not set yet)
admin-admins = Administrators
admin-new_setup_code = New setup code
admin-remove = Remove
admin-setup_code = Setup code, shown once. It works once, for 24 hours:

## form

form-course_created = The course is created. Add a module, then lessons.
form-saved = Saved. Learners see it once you publish.
form-published = Published. Learners now read this version.
form-image_added = The image is added. Its Markdown is under Images in each lesson editor.
form-archive_imported = The archive is read into the draft. Check it, then publish.
form-title_needed = Write a title.
form-languages_invalid = Write language codes such as it, ro, sq, separated by commas.
form-edit_conflict = Someone else saved this lesson since you opened it.
form-draft_changed = The course changed since you looked at it. Check what changes, then publish again.
form-not_publishable = The course has problems. Fix them, then publish.
form-upload_refused = The file was refused.
form-course_too_big = The course would be too big: at most 2,000 files and 32 MB in all. Remove images or lessons first.
form-settings_changed = Someone changed the settings since you opened this page, so yours were not saved. Here they are as saved now: make your changes again.
form-text_invalid = A title, summary or skill holds a hidden character (such as a direction mark), so nothing was saved. Take it out and save again.
form-course_taken = A course with this address already exists and is not yours. Rename the course folder in the archive.
form-draft_exists = This course already has a draft, and your file differs from it, so nothing was changed. To replace the draft with your file, tick the box and upload it again (download the draft first to keep a copy).
form-name_changed = The learner changed the name since you opened this page. Check the new name, then approve.
form-name_revealing = This name says what the programme is. It is printed on certificates: choose a neutral name, for example 'Harbour Jobs'.
form-note_missing = Write a note or a reason (up to 500 characters, on one line).
form-name_needed = The learner has to choose the name to print first.
form-name_differs = This name is not the one on the certificate.
form-certificate_name_saved = Saved. Your trainer will review your certificate.
form-certificate_returned = Sent back to the learner with your note.
form-certificate_approved = Approved. The certificate is issued.
form-certificate_revoked = The certificate is revoked.
form-name_matches = This name is the one on the certificate.
form-course_completed = You completed the course. Well done!
form-stuck_days_saved = Saved.
form-wrong = The name or the password is not right. Check both and try again.
form-wait = Too many attempts. Wait a minute, then try again.
form-busy = The site is very busy. Please try again in a moment.
form-too_long = That is too long. Please use a shorter text.
form-missing = Please fill in every field.
form-handle_invalid = Use 3 to 32 letters, digits, dots, dashes or underscores for your name.
form-handle_taken = Somebody already uses this name. Please choose another.
form-password_short = Your password needs at least 8 characters.
form-code_invalid = This code does not work. It may be mistyped, used up, or expired. Ask your trainer.
form-reset_invalid = The name or the reset code is not right, or the code has expired.
form-name_invalid = Please give a name of 1 to 80 characters.
form-name_taken = That name is already used.
form-number_invalid = Please give a whole number in the allowed range.
form-country_invalid = Please give the country as a two-letter code.
form-organisation_missing = Trainers and course authors belong to an organisation: please choose one.
form-signed_out = You are signed out.
form-signed_out_everywhere = You are signed out on every phone and computer.
form-password_set = Your new password is set. Sign in with it.
form-deleted = Your account and everything it held are deleted.
form-cohort_created = The group is created. Now create a join code for it.
form-code_created = The join code is ready.
form-organisation_created = The organisation is created.
form-staff_removed = The account is removed.
form-password_changed = Your new password is set. You stay signed in here; everywhere else you are signed out.

## learner

learner-title = My courses

## home

home-title = My courses
home-continue = Continue where you stopped
home-in_progress = Courses you started
home-nothing_started = You have not started a course yet. Choose one from all courses.
home-finished = Courses you finished
home-finished_on = finished { $date }
home-left =
    { $lessons ->
        [one] { $lessons } lesson
       *[other] { $lessons } lessons
    } and { $quizzes ->
        [one] { $quizzes } question
       *[other] { $quizzes } questions
    } left
home-all_courses = All courses
home-who_sees = Your trainers at { $organisation } ({ $country }) see your progress: the lessons you finish, whether your answers to the questions are right, and the days you were active.

## progress

progress-quizzes = Check what you learned
progress-tick_all = Tick every answer that fits.
progress-your_answer = Your answer
progress-check = Check my answer
progress-check_signed_out = Check my answer (sign in first)
progress-sign_in_to_answer = Sign in to check your answers and keep your progress.
progress-right = Right!
progress-wrong = Not yet. Read this, then try again.
progress-position = Lesson { $position } of { $count }
progress-done_count =
    { $done } of { $count ->
        [one] { $count } lesson
       *[other] { $count } lessons
    } done
progress-done_next = Done, next lesson
progress-done_finish = Done, finish the course
progress-lesson_done = You finished this lesson.
progress-course_completed = You completed this course.

## group

group-progress = Progress
group-needs_help = Needs help
group-nobody_needs_help = Nobody is stuck or struggling.
group-stuck = stuck
group-struggling = struggling
group-never = never
group-completed = (completed)
group-learner = Learner
group-last_activity = Last activity
group-chart_title = Lessons done by the group, per course
group-course_bar = { $percent }% · { $completed } completed
group-download_csv = Download the table (CSV)
group-most_missed = Questions most often missed
group-nothing_missed = No question missed yet.
group-missed_counts =
    missed { $misses ->
        [one] once
       *[other] { $misses } times
    } by { $learners ->
        [one] { $learners } learner
       *[other] { $learners } learners
    }
group-stuck_days = Flag a learner as stuck after how many days without activity
group-save_stuck_days = Save
group-csv_learner = Learner
group-csv_joined = Joined
group-csv_last_activity = Last activity
group-csv_stuck = Stuck
group-csv_struggling = Struggling
group-csv_lessons = { $course }: lessons done
group-csv_completed = { $course }: completed
group-csv_yes = yes
group-csv_no = no

## learner_view

learner_view-facts = Joined { $joined } · last activity { $last }
learner_view-activity = Activity
learner_view-activity_chart = Answers and lessons done per week, last 12 weeks
learner_view-week_records =
    { $count ->
        [one] { $count } answer or lesson done
       *[other] { $count } answers or lessons done
    }
learner_view-courses = Courses
learner_view-nothing_started = She has not started a course yet.
learner_view-lesson_done = done
learner_view-lesson_not_done = not done yet
learner_view-not_answered = not answered yet
learner_view-right_after = right, after { $tries } tries
learner_view-not_right_yet = not right yet, { $tries } tries

## certificate

certificate-mine = My certificates
certificate-note_from_trainer = Note from your trainer:
certificate-name_label = Name to print on the certificate
certificate-name_hint = Your name as you want an employer to read it. Up to { $count } characters. You can change it until the certificate is issued.
certificate-save_name = Save the name
certificate-open = Open the certificate
certificate-status_needs_name = Choose the name to print, then your trainer can issue it.
certificate-status_pending = Waiting for your trainer's review.
certificate-status_returned = Your trainer sent it back. Read the note, then save the name again.
certificate-status_issued = Issued.
certificate-status_revoked = Withdrawn by your organisation.
certificate-did_opened = { $date }: the course was completed and the request opened.
certificate-did_named = { $date }: { $by } chose the name to print.
certificate-did_returned = { $date }: { $by } sent it back with a note.
certificate-did_approved = { $date }: { $by } approved it, and the certificate was issued.
certificate-did_revoked = { $date }: { $by } revoked it.
certificate-heading = Certificate
certificate-awarded_to = This certifies that
certificate-completed = has completed the course
certificate-skills = Skills
certificate-course = Course
certificate-date = Date
certificate-issued_by = Issued by
certificate-code = Verification code
certificate-verify_page = Verification page
certificate-verify_at = Check this certificate at
certificate-qr_label = QR code that opens the verification page
certificate-download_pdf = Download the PDF
certificate-download_credential = Download the digital badge
certificate-credential_hint = The digital badge is a signed file (Open Badges 3.0) that you can keep in a badge wallet or send to an employer. It does not hold your name or your account.
certificate-print_hint = To print, use your browser's Print: only the certificate is printed.
certificate-criteria = Completed every lesson of the course and its quizzes; the certificate was reviewed and approved by a trainer.

## review

review-title = Certificates to review
review-open = Waiting for a decision
review-decided = Decided
review-none_open = No requests are waiting.
review-none_decided = No decisions yet.
review-waiting_for_name = Waiting for the learner to choose the name to print.
review-opened_on = opened { $date }
review-no_name_yet = The learner has not chosen the name to print yet. You can approve once she has.
review-name_to_print = Name to print:
review-decide = Decide
review-approve = Approve and issue the certificate
review-return = Send back with a note
review-note_label = Note for the learner
review-reason_hint = The learner reads it. Up to { $count } characters.
review-revoke = Revoke the certificate
review-revoke_text = The verification page will say that the certificate was revoked, and on which date.
review-reason_label = Reason (kept with the decision)
review-evidence = Lessons and quiz results
review-no_evidence = No lessons or answers are recorded for this course.
review-withdrawn_evidence = This course was withdrawn after she completed it: its lessons and her answers are no longer shown here.
review-all_progress = All of this learner's progress
review-decisions = History

## verify

verify-title = Check a certificate
verify-code_label = Verification code
verify-code_hint = The 12 letters and digits printed under the QR code, for example K7MQ-4XPT-9B2D.
verify-check = Check
verify-unknown = No certificate has this code. Check the code and type it again.
verify-withdrawn = This certificate was withdrawn by its holder.
verify-valid = This certificate is valid.
verify-revoked = This certificate was revoked on { $date }.
verify-name_heading = Check the name
verify-name_text = The holder's name is not shown here. Type the name you were given to check that it is the one on the certificate.
verify-name_label = Name
verify-check_name = Check the name

## partner

partner-title = My courses

## author

author-no_drafts = No courses yet. Create one below, or upload an archive.
author-published_version = Version { $version } published
author-never_published = Not published yet
author-changed_on = changed { $date }
author-new_course = New course
author-create = Create the course
author-course_title = Title
author-track = Track
author-default_language = Main language
author-other_languages = Other languages
author-languages_hint = Language codes, separated by commas, for example: it, ro. Leave empty for one language.
author-upload_archive = Upload a course archive
author-upload_archive_hint = A .zip of one course folder, as you download it here or keep it in git. It creates a draft; it replaces the draft of the same course only if you tick the box.
author-replace_draft = Replace the course's draft if it has one
author-archive_file = Archive (.zip)
author-upload = Upload
author-settings = Settings
author-download_archive = Download as .zip
author-contents = Contents
author-add_module = Add a module
author-module_title = Module title
author-add_lesson = Add a lesson
author-lesson_title = Lesson title
author-written = written
author-missing = missing
author-outdated = out of date
author-move_up = Move up
author-move_down = Move down
author-remove = Remove
author-problems = Problems to fix
author-line = line { $line }
author-images = Images
author-images_hint = PNG, JPEG, WebP, GIF or plain SVG, at most 512 KB and 4 million pixels. Always describe the picture in the Markdown.
author-image_file = Image
author-publish = Publish
author-fix_problems_first = Fix the problems above first: only a course without problems can be published.
author-nothing_changed = Nothing changed since the version learners read.
author-first_version = First version: every lesson is new to learners.
author-lessons_added = New lessons:
author-lessons_removed = Removed lessons:
author-lessons_changed = Changed lessons:
author-quizzes_changed = Changed quizzes in:
author-lessons_moved = Moved lessons:
author-settings_changed = Titles, summary or settings changed.
author-progress_kept = Learners keep their progress: lessons keep their ids.
author-publish_version = Publish version { $version }
author-versions = Versions
author-version_by = Version { $version }, published by { $handle } on { $date }
author-current = Learners read this one
author-publish_again = Publish this version again
author-visibility = Who can take the course
author-visible_everyone = Every organisation's learners
author-visible_organisation = Only our organisation's learners
author-summary = Summary
author-certificate_title = Certificate title
author-certificate_title_hint = Leave empty to use the course title. Never name the programme.
author-skills = Skills on the certificate
author-skills_hint = One skill a line, at most 8.
author-module_named = Module titles: { $id }
author-pass_mark = Pass mark (%)
author-pass_mark_hint = Percent of the quizzes to answer right to complete the course: 0 to 100.
author-save = Save
author-back_to_course = Back to the course
author-outdated_notice = The { $language } text changed after this translation was saved. Check it against the text beside it, then save.
author-conflict = Someone else saved this lesson since you opened it. Your text is in the box; the saved text is below. Put them together, then save.
author-not_saved = Your text was not saved (see why above). It is in the box; the saved text is below. Correct it, then save.
author-their_text = The saved text
author-original = The { $language } text
author-image_markdown_hint = Copy a line into the text where the picture goes, and describe the picture between the brackets.
author-minutes = Minutes to read
author-lesson_text = Text (Markdown)
author-lesson_text_hint = Use ## for sections. Quizzes are blocks that start with ```quiz (see the course format guide).
author-save_and_preview = Save and preview
author-preview = Preview
author-preview_notice = Preview: learners see this once you publish.
author-back_to_editor = Back to the editor
author-cannot_preview = This lesson cannot be shown yet:

## refused

refused-not_a_zip = The file is not a .zip archive.
refused-no_manifest = The course folder in the archive has no course.toml, so it is not a course.
refused-too_big = The archive is too big: the limit is { $limit }.
refused-too_many_entries = The archive holds too many files: the limit is { $limit }.
refused-course_too_big = The course is too big: the limit is { $limit }.
refused-bad_name = { $entry }: this name cannot be used in a course.
refused-absolute_path = { $entry }: the path starts at the root. Paths must stay inside the course folder.
refused-traversal = { $entry }: the path leaves the course folder (..).
refused-link = { $entry }: a link. Copy the file into the course instead.
refused-not_a_file = { $entry }: not an ordinary file.
refused-encrypted = { $entry }: encrypted. Upload it without a password.
refused-unsupported = { $entry }: packed in a way this site does not read. Make the .zip again.
refused-damaged = { $entry }: damaged. Make the .zip again.
refused-duplicate = { $entry }: in the archive twice.
refused-not_one_course_folder = The archive must hold exactly one course folder, with everything inside it.
refused-bad_slug = { $entry }: a course folder name may only use lowercase letters, digits and hyphens.
refused-file_too_big = { $entry }: too big; the limit is { $limit }.
refused-bomb = { $entry }: unpacks to far more than its size. It was not read.
refused-unknown_type = { $entry }: not a PNG, JPEG, WebP, GIF or SVG image.
refused-not_what_it_says = { $entry }: its content does not match its name.
refused-too_many_pixels = { $entry }: too many pixels; the limit is { $limit }.
refused-unreadable = { $entry }: the image cannot be read.
refused-unsafe_svg = { $entry }: the SVG holds something that is not a plain drawing ({ $limit }).

## problem

problem-course_folder_is_link = the course folder is a symbolic link; a course must be an ordinary folder
problem-course_not_folder = the course is not a folder
problem-cannot_read = cannot read it: { $error }
problem-too_many_files = the course holds more than { $limit } files and folders; that is the limit
problem-name_not_utf8 = the name is not UTF-8 text
problem-file_is_link = `{ $path }` is a symbolic link; a course may only contain ordinary files
problem-file_is_pipe = `{ $path }` is a named pipe; a course may only contain ordinary files
problem-file_is_socket = `{ $path }` is a socket; a course may only contain ordinary files
problem-file_is_device = `{ $path }` is a device; a course may only contain ordinary files
problem-file_not_ordinary = `{ $path }` is not an ordinary file; a course may only contain ordinary files
problem-course_too_big = the course is larger than { $limit } MB in all; that is the limit
problem-file_holds_file = `{ $parent }` is a file, so it cannot hold `{ $path }`
problem-folder_not_file = `{ $path }` is a folder, so it cannot be a file
problem-path_empty = a file needs a name
problem-path_absolute = `{ $path }` is an absolute path; a course holds relative paths
problem-path_control = `{ $path }` has a backslash or a control character in its name
problem-path_dots = `{ $path }` has an empty, `.` or `..` name; a course holds plain relative paths
problem-media_too_big = the file is { $size } KB; the limit is { $limit } KB, as learners pay for every byte
problem-file_too_big = the file is { $size } KB; the limit is { $limit } KB
problem-file_changed = the file changed while it was read; try again
problem-file_over_limit = the file holds more than its size says, and more than the limit of { $limit } KB
problem-folder_not_module = folder `{ $folder }` is not a module declared in course.toml
problem-lesson_id_taken = lesson id `{ $id }` is already used by { $path }
problem-no_front_matter = a lesson starts with front matter between two `+++` lines (id, title, minutes)
problem-lesson_id_invalid = lesson id `{ $id }` may only use lowercase letters, digits and hyphens
problem-lesson_title_empty = the lesson title is empty
problem-lesson_title_hidden = the lesson title holds a control or text-direction character; remove it
problem-minutes_range = minutes must be between 1 and 120
problem-translation_missing = lesson `{ $id }` has no `{ $language }` translation in { $folder }
problem-translation_other_module = lesson `{ $id }` is in module `{ $module }` here but in `{ $original }` in `{ $language }`
problem-translation_without_original = lesson `{ $id }` does not exist in the default language `{ $language }`
problem-image_unknown_type = image `{ $url }`: only PNG, JPEG, WebP, GIF and SVG pictures can be used; save it as one of those
problem-image_other_kind = image `{ $url }`: its name says { $expected }, but it holds a { $found } picture; save it again as { $expected }, or give it the right extension
problem-image_no_picture = image `{ $url }`: its name says { $expected }, but it holds no picture (text, a web page or another kind of file)
problem-image_too_many_pixels = image `{ $url }`: the picture is { $width } × { $height } pixels; the limit is { $side } on a side and { $millions } million in all, so make it smaller
problem-image_unreadable = image `{ $url }`: the picture cannot be read, as the file is cut short or damaged; save it again
problem-svg_dtd = image `{ $url }`: the drawing declares a DTD (`{ $found }`); remove that line
problem-svg_not_xml = image `{ $url }`: the drawing is not well-formed XML ({ $found })
problem-svg_instruction = image `{ $url }`: the drawing has a processing instruction `{ $found }`; export it again as plain SVG
problem-svg_foreign_element = image `{ $url }`: the drawing has an element `{ $found }` that is not SVG (editor data, or a web page inside); export it again as plain SVG
problem-svg_script = image `{ $url }`: the drawing has a `{ $found }` element; a picture may not run code
problem-svg_foreign_object = image `{ $url }`: the drawing has a `{ $found }` element, which can hold a web page
problem-svg_link = image `{ $url }`: the drawing has a link (`{ $found }`); a picture may not link anywhere
problem-svg_loads_file = image `{ $url }`: the drawing loads another file (`{ $found }`); put the picture in the lesson instead
problem-svg_animated = image `{ $url }`: the drawing is animated (`{ $found }`); only still drawings are accepted
problem-svg_element = image `{ $url }`: the drawing has a `{ $found }` element, which is not plain drawing; export it again as plain SVG
problem-svg_event_handler = image `{ $url }`: the drawing has an event handler (`{ $found }`); a picture may not run code
problem-svg_external_link = image `{ $url }`: the drawing links to `{ $found }`, outside the drawing
problem-svg_attribute = image `{ $url }`: the drawing has an attribute that is not a drawing attribute (`{ $found }`); export it again as plain SVG
problem-svg_css_escape = image `{ $url }`: the style in `{ $found }` hides characters behind a `\` escape
problem-svg_css_at_rule = image `{ $url }`: the style in `{ $found }` has an at-rule such as `@import`
problem-svg_css_function = image `{ $url }`: the style in `{ $found }` uses `{ $function }`, which is not a colour or a transform
problem-image_too_big = image `{ $url }`: the file is { $size } KB; the limit is { $limit } KB, as learners pay for every byte
problem-link_scheme = link `{ $url }` is not allowed: link to a lesson (.md), a web page (https://) or an email address (mailto:)
problem-link_no_lesson = link `{ $url }` points to no lesson of this course: link to a lesson (.md), a web page (https://) or an email address (mailto:)
problem-image_elsewhere = image `{ $url }` must be a file in the course folder: an image from another site would make learners' phones contact it
problem-image_missing = image `{ $url }` does not exist
problem-not_relative = `{ $url }` must be relative to the lesson file, like `images/photo.png` or `02-next.md`
problem-outside_course = `{ $url }` points outside the course folder
problem-quiz_id_taken = quiz id `{ $id }` is already used at { $place }
problem-quiz_out_of_order = quiz `{ $id }` is here where `{ $language }` has quiz `{ $original }`: a translation has the same quizzes, in the same order
problem-quiz_missing = quiz `{ $id }` of `{ $language }` is missing in this translation
problem-quiz_not_in_original = quiz `{ $id }` is not in `{ $language }`: a translation has the same quizzes, in the same order
problem-quiz_option_count =
    quiz `{ $id }` has { $count ->
        [one] { $count } option
       *[other] { $count } options
    } here but { $original } in `{ $language }`
problem-option_right_here = this option is marked right `[x]` here but wrong `[ ]` in `{ $language }`: the same options are right in every language
problem-option_wrong_here = this option is marked wrong `[ ]` here but right `[x]` in `{ $language }`: the same options are right in every language
problem-quiz_typed_here = quiz `{ $id }` has options to tick in `{ $language }` but a typed answer here
problem-quiz_options_here = quiz `{ $id }` has a typed answer in `{ $language }` but options to tick here
problem-quiz_no_id = a quiz needs an id after the word quiz, for example ```quiz first-day
problem-quiz_id_invalid = quiz id `{ $id }` may only use lowercase letters, digits and hyphens
problem-quiz_stray_block = this is not part of a quiz: a quiz holds a question, then a list of options (`- [x]`, `- [ ]`) or of accepted answers (`- = ...`), then an optional `>` explanation
problem-quiz_no_question = the quiz has no question: write it first, as a line of text before the list
problem-quiz_no_options = the quiz has no options (`- [x]`, `- [ ]`) and no accepted answers (`- = ...`)
problem-option_empty = this option has no text: write it after `[x]` or `[ ]`
problem-option_stray_block = under an option there can only be its feedback, as a `>` quote
problem-answer_empty = this accepted answer is empty: write it after the `=`
problem-answer_too_long = this accepted answer is longer than { $limit } characters: a typed answer is short
problem-answer_stray_block = an accepted answer has nothing under it: write explanations in a `>` quote after the list
problem-item_unmarked = each item of the list starts with `[x]` (right), `[ ]` (wrong) or `=` (an accepted answer), then a space
problem-quiz_mixed = the list mixes options (`[x]`, `[ ]`) and accepted answers (`=`): a quiz has one or the other
problem-quiz_one_option = the quiz has only one option: give at least two, or accept a typed answer with `- = ...`
problem-quiz_none_right = no option is marked right: mark the right one with `[x]`
problem-toml_invalid = the settings cannot be read: { $detail }
problem-version_zero = version must be 1 or more
problem-pass_mark_range = pass_mark is a percent of the quizzes: 0 to 100
problem-track_unknown = unknown track `{ $track }`: use one of { $known }
problem-languages_empty = list at least one language
problem-language_invalid = `{ $language }` is not a language code such as `en` or `it`
problem-language_twice = language `{ $language }` is listed twice
problem-default_language_unlisted = default language `{ $language }` is not in `languages`
problem-module_id_invalid = module id `{ $id }` may only use lowercase letters, digits and hyphens
problem-module_id_twice = module id `{ $id }` is used twice
problem-modules_empty = declare at least one [[modules]] entry
problem-skills_missing = certificate skills have no `{ $language }` list
problem-skills_extra_language = certificate skills have a `{ $language }` list, but `{ $language }` is not in `languages`
problem-skills_too_many = certificate skills in `{ $language }`: at most { $limit }, one page
problem-skill_invalid = certificate skill `{ $skill }` in `{ $language }`: one line of 1 to { $limit } characters
problem-reveals_programme = `{ $words }` is printed on certificates and says `{ $word }`: certificates never name the programme
problem-text_missing = `{ $field }` has no `{ $language }` text
problem-text_hidden = `{ $field }` in `{ $language }` holds a control or text-direction character; remove it
problem-text_extra_language = `{ $field }` has a `{ $language }` text, but `{ $language }` is not in `languages`
problem-catalogue_link = `{ $path }` is a symbolic link; a course must be an ordinary folder in the catalogue
problem-slug_invalid = the course folder `{ $slug }` may only use lowercase letters, digits and hyphens
problem-language_no_folder = language `{ $language }` is listed, but there is no `{ $language }/` folder
problem-no_lessons = the course has no lessons
problem-file_missing = the file is missing
problem-file_not_utf8 = the file is not UTF-8 text
