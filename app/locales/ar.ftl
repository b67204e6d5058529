# واجهة الموقع باللغة العربية: رسالة واحدة لكل نص يقرؤه شخص.
# الصيغة: Project Fluent (https://projectfluent.org)، كما يحررها Weblate وPontoon.

## language

# اسم هذه اللغة مكتوبًا بها: قائمة اللغات تعرض كل لغة باسمها.
language-name = العربية
language-title = اللغات
language-interface = لغة الصفحات
language-current = { $language } (الحالية)
language-unknown = لا توجد لغة «{ $code }» على هذا الموقع. اللغات الموجودة هي:
language-reading_title = اللغات التي يمكنك قراءتها
language-reading_text = يُرجى وضع علامة على كل لغة يمكنك قراءتها. تظهر كل دورة بأول لغة من هذه اللغات كُتبت بها، ولا تعرض قائمة الدورات إلا الدورات المكتوبة بهذه اللغات.
language-reading_best = اللغة التي يمكنك قراءتها أفضل من غيرها
language-reading_also = لغات أخرى يمكنك قراءتها
language-reading_save = حفظ
language-reading_all = لم يتم الاختيار بعد: تظهر كل الدورات.

## site

site-skip_to_content = الانتقال إلى المحتوى
site-quick_exit = خروج سريع
site-languages = اللغات
site-not_found_title = الصفحة غير موجودة
site-not_found_text = هذه الصفحة غير موجودة، أو نُقلت إلى مكان آخر.
site-back_to_courses = العودة إلى كل الدورات
site-unavailable = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.
site-forbidden_title = لا يمكن الوصول
site-forbidden_text = لا يستطيع حسابك فتح هذه الصفحة.
site-wait_title = محاولات كثيرة جدًا

## catalogue

catalogue-title = الدورات
catalogue-intro = دروس قصيرة يمكنك قراءتها على هاتفك، بالسرعة التي تناسبك.
catalogue-lessons =
    { $count ->
        [zero] { $count } دروس
        [one] درس واحد
        [two] درسان
        [few] { $count } دروس
        [many] { $count } درسًا
       *[other] { $count } درس
    }
catalogue-minutes =
    { $count ->
        [zero] أقل من دقيقة
        [one] حوالي دقيقة واحدة
        [two] حوالي دقيقتين
        [few] حوالي { $count } دقائق
        [many] حوالي { $count } دقيقة
       *[other] حوالي { $count } دقيقة
    }
catalogue-in_languages = اللغات: { $languages }
catalogue-empty = لا توجد دورات بعد.
catalogue-filtered = الدورات باللغات: { $languages }
catalogue-change_languages = تغيير
catalogue-show_all = عرض كل الدورات
catalogue-none_readable = لا توجد دورة مكتوبة بهذه اللغات بعد.

## date

# طريقة كتابة التاريخ، مثلًا 6 ديسمبر 2026.
date-format = { $day } { $month } { $year }
date-day_month = { $day } { $month }
date-month_1 = يناير
date-month_2 = فبراير
date-month_3 = مارس
date-month_4 = أبريل
date-month_5 = مايو
date-month_6 = يونيو
date-month_7 = يوليو
date-month_8 = أغسطس
date-month_9 = سبتمبر
date-month_10 = أكتوبر
date-month_11 = نوفمبر
date-month_12 = ديسمبر

## track

track-job-readiness = الاستعداد للعمل
track-language-for-work = لغة العمل
track-digital-skills = المهارات الرقمية

## course

course-start = بدء الدورة
course-module = الجزء { $number }
course-minutes =
    { $count ->
        [zero] { $count } دقائق
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
course-fallback = هذه الدورة غير متوفرة بالعربية بعد. تُعرض هنا باللغة { $language }.

## lesson

lesson-minutes =
    { $count ->
        [zero] أقل من دقيقة
        [one] حوالي دقيقة واحدة
        [two] حوالي دقيقتين
        [few] حوالي { $count } دقائق
        [many] حوالي { $count } دقيقة
       *[other] حوالي { $count } دقيقة
    }
lesson-previous = السابق
lesson-next = التالي
lesson-finished = وصلتِ إلى نهاية هذه الدورة.
lesson-also_in = هذا الدرس متوفر باللغات:
lesson-fallback = هذا الدرس غير متوفر بالعربية بعد. يُعرض هنا باللغة { $language }.
lesson-outdated = قد لا تكون هذه الترجمة محدَّثة، لأن النص باللغة { $language } تغيّر بعدها. النص باللغة { $language } هو المرجع.
lesson-contents = محتويات الدورة

## account

account-nav = حسابك
account-sign_in = تسجيل الدخول
account-sign_in_required = يُرجى تسجيل الدخول لرؤية هذه الصفحة.
account-title = حسابي
account-sign_out = تسجيل الخروج
account-handle = الاسم على هذا الموقع
account-password = كلمة المرور
account-shared_device = هذا هاتف مشترك
account-shared_device_hint = يتم تسجيل خروجك عند إغلاق المتصفح، وبعد 20 دقيقة دون استخدام.
account-no_account = هل أنتِ جديدة هنا؟
account-forgot = هل نسيتِ كلمة المرور؟
account-choose_handle = اختاري اسمًا لهذا الموقع
account-handle_hint = ليس اسمك الحقيقي، بل أي اسم تتذكرينه. من 3 إلى 32 حرفًا أو رقمًا، ويمكن أن يحتوي على النقطة (.) والشرطة (-) والشرطة السفلية (_).
account-choose_password = اختاري كلمة مرور
account-password_hint = 8 أحرف على الأقل. الجملة القصيرة سهلة التذكر.
account-role = الدور
account-organisation = المنظمة
account-cohort = المجموعة
account-change_title = تغيير كلمة المرور
account-change = تغيير كلمة المرور
account-data_title = بياناتك
account-data_text = نزّلي في ملف واحد كل ما يحفظه هذا الموقع عنكِ.
account-download = تنزيل بياناتي
account-sessions_title = الهواتف والحواسيب المتصلة بحسابك
account-sessions_text = إذا سجّلتِ الدخول على هاتف أو حاسوب آخر، ولستِ متأكدة أنكِ سجّلتِ الخروج منه، فسجّلي الخروج من كل الأجهزة.
account-sign_out_everywhere = تسجيل الخروج من كل الأجهزة
account-delete_title = حذف حسابي
account-delete_text = سيُحذف حسابك وكل ما فيه نهائيًا. اكتبي كلمة المرور للتأكيد.
account-delete = حذف حسابي

## join

join-link = الانضمام برمز
join-title = الانضمام إلى مجموعة
join-intro = تعطيكِ مدرّبتك رمز انضمام. اكتبيه هنا.
join-code = رمز الانضمام
join-code_hint = مثلًا K7MQ-4XPT. يمكنك كتابة الحروف كبيرة أو صغيرة.
join-continue = متابعة
join-cohort = أنتِ تنضمين إلى المجموعة «{ $cohort }».
join-who_sees = سترى مدرّباتك في { $organisation } ({ $country }) الاسم الذي تختارينه على هذا الموقع، وأنكِ في مجموعتهن، وتقدّمك: الدروس التي تُنهينها، وهل إجاباتك عن الأسئلة صحيحة، والأيام التي استخدمتِ فيها الموقع. لا يُسجَّل أي شيء آخر عن قراءتك.
join-no_personal_data = لا نطلب اسمك الحقيقي، ولا بريدك الإلكتروني، ولا رقم هاتفك. لا تستخدمي أيًّا منها كاسم هنا.
join-another_code = ليست هذه مجموعتك؟ استخدمي رمزًا آخر
join-create = إنشاء حسابي

## reset

reset-link = تعيين كلمة مرور جديدة برمز من مدرّبتك
reset-title = تعيين كلمة مرور جديدة
reset-intro = يمكن أن تعطيكِ مدرّبتك رمز إعادة تعيين. بهذا الرمز تختارين كلمة مرور جديدة. الرمز يعمل مرة واحدة فقط.
reset-code = رمز إعادة التعيين
reset-submit = حفظ كلمة المرور الجديدة

## safety

safety-link = البقاء في أمان على هذا الموقع
safety-title = البقاء في أمان على هذا الموقع
safety-quick_exit = زر «خروج سريع» موجود في كل صفحة، وهو يفتح موقعًا عاديًا مكان هذا الموقع. الضغط على «رجوع» لا يعيد هذا الموقع.
safety-shift = على هاتف أو حاسوب فيه لوحة مفاتيح، الضغط على مفتاح Shift ثلاث مرات يفعل الشيء نفسه.
safety-history = «خروج سريع» لا يحذف سجل المتصفح: قد تبقى صفحات سابقة من هذا الموقع ظاهرة فيه. استخدمي وضع التصفح الخاص، أو احذفي السجل، إذا كان أحد قد ينظر إليه.
safety-shared = على هاتف مشترك، ضعي علامة على «هذا هاتف مشترك» عند تسجيل الدخول: يتم تسجيل خروجك عند إغلاق المتصفح. سجّلي الخروج دائمًا عندما تنتهين.
safety-spyware = لا يستطيع أي موقع أن يختبئ من برامج التجسس المثبّتة على الهاتف نفسه. إذا كنتِ تظنين أن هاتفك مراقَب، فاستخدمي هاتفًا آخر وتحدّثي إلى مدرّبتك.
safety-data = يحفظ هذا الموقع هذه الأشياء فقط: الاسم الذي اخترتِه هنا، وكلمة المرور بشكل لا يستطيع أحد قراءته، ومجموعتك، وجلسات الدخول المفتوحة لكِ. يمكنك تنزيل هذه البيانات أو حذف حسابك في أي وقت من صفحة «حسابي».

## role

role-learner = متعلّمة
role-trainer = مدرّبة
role-partner = مؤلّفة دورات
role-admin = الإدارة

## trainer

trainer-title = المجموعات
trainer-no_cohorts = لا توجد مجموعات بعد. يمكنك إنشاء مجموعة أدناه.
trainer-counts =
    { $learners ->
        [zero] { $learners } متعلّمات
        [one] متعلّمة واحدة
        [two] متعلّمتان
        [few] { $learners } متعلّمات
        [many] { $learners } متعلّمة
       *[other] { $learners } متعلّمة
    } · { $codes ->
        [zero] { $codes } رموز انضمام صالحة
        [one] رمز انضمام صالح واحد
        [two] رمزا انضمام صالحان
        [few] { $codes } رموز انضمام صالحة
        [many] { $codes } رمز انضمام صالحًا
       *[other] { $codes } رمز انضمام صالح
    }
trainer-new_cohort = مجموعة جديدة
trainer-cohort_name = اسم المجموعة
trainer-cohort_name_hint = تراه المتعلّمات عند الانضمام. يجب أن يكون اسمًا محايدًا، مثلًا «صف يوم الثلاثاء».
trainer-create_cohort = إنشاء المجموعة

## cohort

cohort-codes = رموز الانضمام
cohort-codes_text = أعطِ رمزًا لمتعلّمات هذه المجموعة. يعمل كل رمز عددًا محددًا من المرات، إلى أن تنتهي صلاحيته أو يُلغى.
cohort-code_open = صالح
cohort-code_used_up = استُخدم بالكامل
cohort-code_expired = انتهت صلاحيته
cohort-code_revoked = ملغى
cohort-uses_left =
    { $count ->
        [zero] لم يبقَ أي استخدام
        [one] بقي استخدام واحد
        [two] بقي استخدامان
        [few] بقيت { $count } استخدامات
        [many] بقي { $count } استخدامًا
       *[other] بقي { $count } استخدام
    }
cohort-expires = حتى { $date }
cohort-revoke = إلغاء
cohort-uses = عدد الأشخاص الذين يمكنهم استخدامه
cohort-days = عدد أيام الصلاحية
cohort-create_code = إنشاء رمز انضمام
cohort-learners = المتعلّمات
cohort-no_learners = لم ينضم أحد بعد.
cohort-joined = انضمت في { $date }
cohort-give_reset_code = إعطاء رمز لإعادة تعيين كلمة المرور
cohort-reset_code = رمز إعادة التعيين، يظهر مرة واحدة فقط: أعطِه للمتعلّمة شخصيًا. يعمل مرة واحدة، لمدة 24 ساعة:

## admin

admin-title = المنظمات
admin-new_organisation = منظمة جديدة
admin-organisation_name = اسم المنظمة
admin-country = البلد
admin-country_hint = رمز من حرفين، مثلًا IT أو NG أو AL.
admin-create_organisation = إنشاء المنظمة
admin-new_staff = حساب جديد لفريق العمل
admin-new_staff_text = يحصل الحساب الجديد على رمز إعداد يظهر مرة واحدة فقط. تستخدمه صاحبة الحساب لتختار كلمة المرور في صفحة كلمة المرور.
admin-no_organisation = بلا منظمة (لحسابات الإدارة فقط)
admin-create_staff = إنشاء الحساب
admin-not_active = (لم تُعيَّن كلمة المرور بعد)
admin-admins = حسابات الإدارة
admin-new_setup_code = رمز إعداد جديد
admin-remove = إزالة
admin-setup_code = رمز الإعداد، يظهر مرة واحدة فقط. يعمل مرة واحدة، لمدة 24 ساعة:

## form

form-course_created = تم إنشاء الدورة. أضف جزءًا، ثم دروسًا.
form-saved = تم الحفظ. ستراه المتعلّمات بعد النشر.
form-published = تم النشر. تقرأ المتعلّمات الآن هذه النسخة.
form-image_added = تمت إضافة الصورة. سطر Markdown الخاص بها موجود تحت «الصور» في محرر كل درس.
form-archive_imported = نُقل محتوى الأرشيف إلى المسودة. راجعها، ثم انشر.
form-title_needed = يُرجى كتابة عنوان.
form-languages_invalid = يُرجى كتابة رموز اللغات مفصولة بفواصل، مثل: it, ro, sq
form-edit_conflict = حفظ شخص آخر هذا الدرس بعد فتحك له.
form-draft_changed = تغيّرت الدورة منذ اطّلاعك عليها. راجع ما تغيّر، ثم انشر مرة أخرى.
form-not_publishable = في الدورة مشكلات. أصلحها، ثم انشر.
form-upload_refused = رُفض الملف.
form-course_too_big = ستصبح الدورة كبيرة جدًا: الحد الأقصى 2000 ملف و32 ميغابايت في المجموع. احذف صورًا أو دروسًا أولًا.
form-settings_changed = غيّر شخص آخر الإعدادات بعد فتحك هذه الصفحة، لذلك لم تُحفظ تغييراتك. هذه هي الإعدادات المحفوظة الآن: أدخل تغييراتك مرة أخرى.
form-text_invalid = يحتوي عنوان أو ملخص أو مهارة على حرف مخفي (مثل علامة اتجاه)، لذلك لم يُحفظ شيء. يُرجى إزالته والحفظ مرة أخرى.
form-course_taken = توجد دورة أخرى لها الرابط نفسه، وهي ليست لك. غيّر اسم مجلد الدورة في الأرشيف.
form-draft_exists = لهذه الدورة مسودة بالفعل، وملفك يختلف عنها، لذلك لم يتغير شيء. لاستبدال المسودة بملفك، ضع علامة في المربع وارفعه مرة أخرى (نزّل المسودة أولًا للاحتفاظ بنسخة).
form-name_changed = غيّرت المتعلّمة الاسم بعد فتحك هذه الصفحة. راجع الاسم الجديد، ثم وافق.
form-name_revealing = هذا الاسم يكشف طبيعة البرنامج. وهو يُطبع على الشهادات: اختر اسمًا محايدًا، مثلًا «وظائف الميناء».
form-note_missing = يُرجى كتابة ملاحظة أو سبب (500 حرف على الأكثر، في سطر واحد).
form-name_needed = يجب أن تختار المتعلّمة أولًا الاسم الذي سيُطبع.
form-name_differs = هذا الاسم ليس الاسم المكتوب على الشهادة.
form-certificate_name_saved = تم الحفظ. ستراجع مدرّبتك شهادتك.
form-certificate_returned = أُعيد الطلب إلى المتعلّمة مع ملاحظتك.
form-certificate_approved = تمت الموافقة. صدرت الشهادة.
form-certificate_revoked = أُلغيت الشهادة.
form-name_matches = هذا هو الاسم المكتوب على الشهادة.
form-course_completed = أكملتِ الدورة. أحسنتِ!
form-stuck_days_saved = تم الحفظ.
form-wrong = الاسم أو كلمة المرور غير صحيحة. يُرجى التحقق منهما والمحاولة مرة أخرى.
form-wait = محاولات كثيرة جدًا. يُرجى الانتظار دقيقة، ثم المحاولة مرة أخرى.
form-busy = الموقع مشغول جدًا الآن. يُرجى المحاولة مرة أخرى بعد قليل.
form-too_long = النص طويل جدًا. يُرجى كتابة نص أقصر.
form-missing = يُرجى ملء كل الحقول.
form-handle_invalid = يجب أن يتكوّن الاسم من 3 إلى 32 حرفًا أو رقمًا، ويمكن أن يحتوي على النقطة (.) والشرطة (-) والشرطة السفلية (_).
form-handle_taken = هذا الاسم يستخدمه شخص آخر. يُرجى اختيار اسم آخر.
form-password_short = يجب أن تتكوّن كلمة المرور من 8 أحرف على الأقل.
form-code_invalid = هذا الرمز لا يعمل. ربما كُتب بشكل خاطئ، أو استُخدم بالكامل، أو انتهت صلاحيته. اسألي مدرّبتك.
form-reset_invalid = الاسم أو رمز إعادة التعيين غير صحيح، أو انتهت صلاحية الرمز.
form-name_invalid = يُرجى كتابة اسم من 1 إلى 80 حرفًا.
form-name_taken = هذا الاسم مستخدم من قبل.
form-number_invalid = يُرجى كتابة عدد صحيح ضمن الحدود المسموح بها.
form-country_invalid = يُرجى كتابة البلد برمز من حرفين.
form-organisation_missing = المدرّبات ومؤلّفات الدورات يتبعن منظمة: يُرجى اختيار منظمة.
form-signed_out = تم تسجيل خروجك.
form-signed_out_everywhere = تم تسجيل خروجك من كل الهواتف والحواسيب.
form-password_set = تم حفظ كلمة المرور الجديدة. يمكنك الآن تسجيل الدخول بها.
form-deleted = تم حذف حسابك وكل ما كان فيه.
form-cohort_created = تم إنشاء المجموعة. الخطوة التالية: إنشاء رمز انضمام لها.
form-code_created = رمز الانضمام جاهز.
form-organisation_created = تم إنشاء المنظمة.
form-staff_removed = تمت إزالة الحساب.
form-password_changed = تم حفظ كلمة المرور الجديدة. يبقى حسابك مفتوحًا هنا، وتم تسجيل خروجك من كل الأجهزة الأخرى.

## learner

learner-title = دوراتي

## home

home-title = دوراتي
home-continue = تابعي من حيث توقفتِ
home-in_progress = دورات بدأتِها
home-nothing_started = لم تبدئي أي دورة بعد. اختاري دورة من كل الدورات.
home-finished = دورات أكملتِها
home-finished_on = اكتملت في { $date }
home-left =
    بقي { $lessons ->
        [zero] { $lessons } دروس
        [one] درس واحد
        [two] درسان
        [few] { $lessons } دروس
        [many] { $lessons } درسًا
       *[other] { $lessons } درس
    } و{ $quizzes ->
        [zero] { $quizzes } أسئلة
        [one] سؤال واحد
        [two] سؤالان
        [few] { $quizzes } أسئلة
        [many] { $quizzes } سؤالًا
       *[other] { $quizzes } سؤال
    }
home-all_courses = كل الدورات
home-who_sees = ترى مدرّباتك في { $organisation } ({ $country }) تقدّمك: الدروس التي تُنهينها، وهل إجاباتك عن الأسئلة صحيحة، والأيام التي استخدمتِ فيها الموقع.

## progress

progress-quizzes = تحقّقي مما تعلّمتِه
progress-tick_all = اختاري كل الإجابات المناسبة.
progress-your_answer = إجابتك
progress-check = التحقق من الإجابة
progress-check_signed_out = التحقق من الإجابة (سجّلي الدخول أولًا)
progress-sign_in_to_answer = سجّلي الدخول لتتحقّقي من إجاباتك وتحفظي تقدّمك.
progress-right = صحيح!
progress-wrong = ليس بعد. اقرئي هذا، ثم حاولي مرة أخرى.
progress-position = الدرس { $position } من { $count }
progress-done_count =
    اكتمل { $done } من { $count ->
        [zero] { $count } دروس
        [one] درس واحد
        [two] درسين
        [few] { $count } دروس
        [many] { $count } درسًا
       *[other] { $count } درس
    }
progress-done_next = تم، الدرس التالي
progress-done_finish = تم، إنهاء الدورة
progress-lesson_done = أنهيتِ هذا الدرس.
progress-course_completed = أكملتِ هذه الدورة.

## group

group-progress = التقدّم
group-needs_help = بحاجة إلى مساعدة
group-nobody_needs_help = لا توجد متعلّمة متوقفة أو تواجه صعوبة.
group-stuck = متوقفة
group-struggling = تواجه صعوبة
group-never = لا يوجد
group-completed = (مكتملة)
group-learner = المتعلّمة
group-last_activity = آخر نشاط
group-chart_title = الدروس التي أكملتها المجموعة، لكل دورة
group-course_bar = { $percent }% · أكملن الدورة: { $completed }
group-download_csv = تنزيل الجدول (CSV)
group-most_missed = الأسئلة التي تكثر فيها الأخطاء
group-nothing_missed = لا توجد أخطاء في أي سؤال بعد.
group-missed_counts =
    { $misses ->
        [zero] { $misses } إجابات خاطئة
        [one] إجابة خاطئة واحدة
        [two] إجابتان خاطئتان
        [few] { $misses } إجابات خاطئة
        [many] { $misses } إجابةً خاطئة
       *[other] { $misses } إجابة خاطئة
    } من { $learners ->
        [zero] { $learners } متعلّمات
        [one] متعلّمة واحدة
        [two] متعلّمتين
        [few] { $learners } متعلّمات
        [many] { $learners } متعلّمة
       *[other] { $learners } متعلّمة
    }
group-stuck_days = عدد الأيام دون نشاط قبل اعتبار المتعلّمة متوقفة
group-save_stuck_days = حفظ
group-csv_learner = المتعلّمة
group-csv_joined = تاريخ الانضمام
group-csv_last_activity = آخر نشاط
group-csv_stuck = متوقفة
group-csv_struggling = تواجه صعوبة
group-csv_lessons = { $course }: الدروس المكتملة
group-csv_completed = { $course }: مكتملة
group-csv_yes = نعم
group-csv_no = لا

## learner_view

learner_view-facts = انضمت في { $joined } · آخر نشاط: { $last }
learner_view-activity = النشاط
learner_view-activity_chart = الإجابات والدروس المكتملة في كل أسبوع، آخر 12 أسبوعًا
learner_view-week_records =
    { $count ->
        [zero] { $count } إجابات أو دروس
        [one] إجابة أو درس واحد
        [two] إجابتان أو درسان
        [few] { $count } إجابات أو دروس
        [many] { $count } إجابةً أو درسًا
       *[other] { $count } إجابة أو درس
    }
learner_view-courses = الدورات
learner_view-nothing_started = لم تبدأ أي دورة بعد.
learner_view-lesson_done = مكتمل
learner_view-lesson_not_done = لم يكتمل بعد
learner_view-not_answered = لم تُجب بعد
learner_view-right_after = صحيحة (عدد المحاولات: { $tries })
learner_view-not_right_yet = ليست صحيحة بعد (عدد المحاولات: { $tries })

## certificate

certificate-mine = شهاداتي
certificate-note_from_trainer = ملاحظة من مدرّبتك:
certificate-name_label = الاسم الذي سيُطبع على الشهادة
certificate-name_hint = اسمك كما تريدين أن يقرأه صاحب العمل. لا يزيد عدد الحروف على { $count }. يمكنك تغييره إلى أن تصدر الشهادة.
certificate-save_name = حفظ الاسم
certificate-open = فتح الشهادة
certificate-status_needs_name = اختاري الاسم الذي سيُطبع، وبعدها تستطيع مدرّبتك إصدار الشهادة.
certificate-status_pending = في انتظار مراجعة مدرّبتك.
certificate-status_returned = أعادت مدرّبتك الطلب إليكِ. اقرئي الملاحظة، ثم احفظي الاسم مرة أخرى.
certificate-status_issued = صدرت الشهادة.
certificate-status_revoked = سحبتها منظمتك.
certificate-did_opened = { $date }: اكتملت الدورة وفُتح الطلب.
certificate-did_named = { $date }: تم اختيار الاسم الذي سيُطبع، من قِبل { $by }.
certificate-did_returned = { $date }: أُعيد الطلب مع ملاحظة، من قِبل { $by }.
certificate-did_approved = { $date }: تمت الموافقة من قِبل { $by }، وصدرت الشهادة.
certificate-did_revoked = { $date }: أُلغيت الشهادة من قِبل { $by }.
certificate-heading = شهادة
certificate-awarded_to = نشهد بأن
certificate-completed = أكملت الدورة
certificate-skills = المهارات
certificate-course = الدورة
certificate-date = التاريخ
certificate-issued_by = صادرة عن
certificate-code = رمز التحقق
certificate-verify_page = صفحة التحقق
certificate-verify_at = للتحقق من هذه الشهادة:
certificate-qr_label = رمز QR يفتح صفحة التحقق
certificate-download_pdf = تنزيل ملف PDF
certificate-download_credential = تنزيل الشارة الرقمية
certificate-credential_hint = الشارة الرقمية ملف موقَّع (Open Badges 3.0) يمكنك حفظه في محفظة شارات أو إرساله إلى صاحب عمل. لا يحتوي على اسمك ولا على حسابك.
certificate-print_hint = للطباعة، استخدمي أمر «طباعة» في المتصفح: تُطبع الشهادة وحدها.
certificate-criteria = أكملت كل دروس الدورة واختباراتها، وتمت مراجعة الشهادة والموافقة عليها من قِبل فريق التدريب.

## review

review-title = شهادات للمراجعة
review-open = في انتظار قرار
review-decided = تم البتّ فيها
review-none_open = لا توجد طلبات في الانتظار.
review-none_decided = لا توجد قرارات بعد.
review-waiting_for_name = في انتظار أن تختار المتعلّمة الاسم الذي سيُطبع.
review-opened_on = فُتح في { $date }
review-no_name_yet = لم تختر المتعلّمة بعد الاسم الذي سيُطبع. يمكنك الموافقة بعد أن تختاره.
review-name_to_print = الاسم الذي سيُطبع:
review-decide = اتخاذ القرار
review-approve = الموافقة وإصدار الشهادة
review-return = إعادة الطلب مع ملاحظة
review-note_label = ملاحظة للمتعلّمة
review-reason_hint = ستقرؤها المتعلّمة. لا يزيد عدد الحروف على { $count }.
review-revoke = إلغاء الشهادة
review-revoke_text = ستُظهر صفحة التحقق أن الشهادة أُلغيت، وتاريخ الإلغاء.
review-reason_label = السبب (يُحفظ مع القرار)
review-evidence = الدروس ونتائج الاختبارات
review-no_evidence = لا توجد دروس أو إجابات مسجّلة لهذه الدورة.
review-withdrawn_evidence = سُحبت هذه الدورة بعد أن أكملتها المتعلّمة: لم تعد دروس الدورة وإجابات المتعلّمة تُعرض هنا.
review-all_progress = كل تقدّم هذه المتعلّمة
review-decisions = السجل

## verify

verify-title = التحقق من شهادة
verify-code_label = رمز التحقق
verify-code_hint = الرمز المكوّن من 12 حرفًا ورقمًا، المطبوع تحت رمز QR، مثلًا K7MQ-4XPT-9B2D.
verify-check = التحقق
verify-unknown = لا توجد شهادة بهذا الرمز. يُرجى التحقق من الرمز وكتابته مرة أخرى.
verify-withdrawn = سُحبت هذه الشهادة بطلب من صاحبها.
verify-valid = هذه الشهادة صالحة.
verify-revoked = أُلغيت هذه الشهادة في { $date }.
verify-name_heading = التحقق من الاسم
verify-name_text = لا يظهر اسم صاحب الشهادة هنا. يمكنك كتابة الاسم الذي أُعطي لك للتأكد من أنه الاسم المكتوب على الشهادة.
verify-name_label = الاسم
verify-check_name = التحقق من الاسم

## partner

partner-title = دوراتي

## author

author-no_drafts = لا توجد دورات بعد. أنشئ دورة أدناه، أو ارفع أرشيفًا.
author-published_version = نُشرت النسخة { $version }
author-never_published = لم تُنشر بعد
author-changed_on = عُدّلت في { $date }
author-new_course = دورة جديدة
author-create = إنشاء الدورة
author-course_title = العنوان
author-track = المسار
author-default_language = اللغة الرئيسية
author-other_languages = لغات أخرى
author-languages_hint = رموز اللغات مفصولة بفواصل، مثلًا: it, ro. اتركه فارغًا إذا كانت الدورة بلغة واحدة.
author-upload_archive = رفع أرشيف دورة
author-upload_archive_hint = ملف .zip فيه مجلد دورة واحدة، كما تنزّله من هنا أو تحفظه في git. ينشئ مسودة، ولا يحل محل مسودة الدورة نفسها إلا إذا وضعت علامة في المربع.
author-replace_draft = استبدال مسودة الدورة إن وُجدت
author-archive_file = الأرشيف (.zip)
author-upload = رفع
author-settings = الإعدادات
author-download_archive = تنزيل كملف .zip
author-contents = المحتويات
author-add_module = إضافة جزء
author-module_title = عنوان الجزء
author-add_lesson = إضافة درس
author-lesson_title = عنوان الدرس
author-written = مكتوب
author-missing = غير موجود
author-outdated = بحاجة إلى تحديث
author-move_up = نقل إلى الأعلى
author-move_down = نقل إلى الأسفل
author-remove = إزالة
author-problems = مشكلات يجب إصلاحها
author-line = السطر { $line }
author-images = الصور
author-images_hint = الصيغ المقبولة: PNG أو JPEG أو WebP أو GIF أو SVG بسيط، بحجم 512 كيلوبايت و4 ملايين بكسل على الأكثر. صِف الصورة دائمًا في نص Markdown.
author-image_file = الصورة
author-publish = نشر
author-fix_problems_first = أصلح المشكلات المذكورة أعلاه أولًا: لا يمكن نشر إلا دورة خالية من المشكلات.
author-nothing_changed = لم يتغير شيء منذ النسخة التي تقرؤها المتعلّمات.
author-first_version = النسخة الأولى: كل الدروس جديدة على المتعلّمات.
author-lessons_added = دروس جديدة:
author-lessons_removed = دروس محذوفة:
author-lessons_changed = دروس تغيّرت:
author-quizzes_changed = اختبارات تغيّرت في:
author-lessons_moved = دروس نُقلت:
author-settings_changed = تغيّرت العناوين أو الملخص أو الإعدادات.
author-progress_kept = تحتفظ المتعلّمات بتقدّمهن: تحتفظ الدروس بمعرّفاتها (ids).
author-publish_version = نشر النسخة { $version }
author-versions = النسخ
author-version_by = النسخة { $version }، نُشرت من قِبل { $handle } في { $date }
author-current = هذه النسخة التي تقرؤها المتعلّمات
author-publish_again = نشر هذه النسخة مرة أخرى
author-visibility = لمن تُتاح الدورة
author-visible_everyone = لمتعلّمات كل المنظمات
author-visible_organisation = لمتعلّمات منظمتنا فقط
author-summary = الملخص
author-certificate_title = عنوان الشهادة
author-certificate_title_hint = اتركه فارغًا لاستخدام عنوان الدورة. لا تذكر البرنامج أبدًا.
author-skills = المهارات على الشهادة
author-skills_hint = مهارة واحدة في كل سطر، 8 مهارات على الأكثر.
author-module_named = عناوين الجزء: { $id }
author-pass_mark = درجة النجاح (%)
author-pass_mark_hint = النسبة المئوية من الاختبارات التي يجب الإجابة عنها بشكل صحيح لإكمال الدورة: من 0 إلى 100.
author-save = حفظ
author-back_to_course = العودة إلى الدورة
author-outdated_notice = تغيّر النص باللغة { $language } بعد حفظ هذه الترجمة. قارن الترجمة بالنص المجاور، ثم احفظ.
author-conflict = حفظ شخص آخر هذا الدرس بعد فتحك له. نصك موجود في المربع، والنص المحفوظ أدناه. اجمع بينهما، ثم احفظ.
author-not_saved = لم يُحفظ نصك (انظر السبب أعلاه). نصك موجود في المربع، والنص المحفوظ أدناه. صحّحه، ثم احفظ.
author-their_text = النص المحفوظ
author-original = النص باللغة { $language }
author-image_markdown_hint = انسخ سطرًا إلى النص في المكان الذي تريد وضع الصورة فيه، وصِف الصورة بين القوسين المربعين.
author-minutes = مدة القراءة بالدقائق
author-lesson_text = النص (Markdown)
author-lesson_text_hint = استخدم ## للأقسام. الاختبارات كتل تبدأ بـ ```quiz (انظر دليل تنسيق الدورات).
author-save_and_preview = حفظ ومعاينة
author-preview = معاينة
author-preview_notice = معاينة: ستراها المتعلّمات بعد النشر.
author-back_to_editor = العودة إلى المحرر
author-cannot_preview = لا يمكن عرض هذا الدرس بعد:

## refused

refused-not_a_zip = الملف ليس أرشيف .zip.
refused-no_manifest = مجلد الدورة في الأرشيف لا يحتوي على course.toml، لذلك فهو ليس دورة.
refused-too_big = الأرشيف كبير جدًا: الحد الأقصى { $limit }.
refused-too_many_entries = في الأرشيف ملفات كثيرة جدًا: الحد الأقصى { $limit }.
refused-course_too_big = الدورة كبيرة جدًا: الحد الأقصى { $limit }.
refused-bad_name = { $entry }: لا يمكن استخدام هذا الاسم في دورة.
refused-absolute_path = { $entry }: المسار يبدأ من الجذر. يجب أن تبقى المسارات داخل مجلد الدورة.
refused-traversal = { $entry }: المسار يخرج من مجلد الدورة (..).
refused-link = { $entry }: هذا رابط. انسخ الملف نفسه إلى الدورة بدلًا منه.
refused-not_a_file = { $entry }: ليس ملفًا عاديًا.
refused-encrypted = { $entry }: مشفَّر. ارفعه دون كلمة مرور.
refused-unsupported = { $entry }: مضغوط بطريقة لا يقرؤها هذا الموقع. أنشئ ملف .zip من جديد.
refused-damaged = { $entry }: تالف. أنشئ ملف .zip من جديد.
refused-duplicate = { $entry }: موجود مرتين في الأرشيف.
refused-not_one_course_folder = يجب أن يحتوي الأرشيف على مجلد دورة واحد فقط، وكل شيء داخله.
refused-bad_slug = { $entry }: اسم مجلد الدورة يمكن أن يحتوي فقط على حروف لاتينية صغيرة (a-z) وأرقام وشرطات (-).
refused-file_too_big = { $entry }: كبير جدًا؛ الحد الأقصى { $limit }.
refused-bomb = { $entry }: حجمه بعد فك الضغط أكبر بكثير من حجمه الظاهر. لم تتم قراءته.
refused-unknown_type = { $entry }: ليس صورة PNG أو JPEG أو WebP أو GIF أو SVG.
refused-not_what_it_says = { $entry }: محتواه لا يطابق اسمه.
refused-too_many_pixels = { $entry }: عدد البكسلات كبير جدًا؛ الحد الأقصى { $limit }.
refused-unreadable = { $entry }: لا يمكن قراءة الصورة.
refused-unsafe_svg = { $entry }: ملف SVG يحتوي على شيء ليس رسمًا بسيطًا ({ $limit }).

## problem

problem-course_folder_is_link = مجلد الدورة رابط رمزي؛ يجب أن تكون الدورة مجلدًا عاديًا
problem-course_not_folder = الدورة ليست مجلدًا
problem-cannot_read = تتعذّر قراءته: { $error }
problem-too_many_files = تحتوي الدورة على أكثر من { $limit } من الملفات والمجلدات؛ وهذا هو الحد الأقصى
problem-name_not_utf8 = الاسم ليس نصًا بترميز UTF-8
problem-file_is_link = المسار `{ $path }` رابط رمزي؛ لا يمكن أن تحتوي الدورة إلا على ملفات عادية
problem-file_is_pipe = المسار `{ $path }` أنبوب مسمّى (named pipe)؛ لا يمكن أن تحتوي الدورة إلا على ملفات عادية
problem-file_is_socket = المسار `{ $path }` مقبس (socket)؛ لا يمكن أن تحتوي الدورة إلا على ملفات عادية
problem-file_is_device = المسار `{ $path }` ملف جهاز (device)؛ لا يمكن أن تحتوي الدورة إلا على ملفات عادية
problem-file_not_ordinary = المسار `{ $path }` ليس ملفًا عاديًا؛ لا يمكن أن تحتوي الدورة إلا على ملفات عادية
problem-course_too_big = حجم الدورة الكلي أكبر من { $limit } ميغابايت؛ وهذا هو الحد الأقصى
problem-file_holds_file = المسار `{ $parent }` ملف، لذلك لا يمكن أن يحتوي على `{ $path }`
problem-folder_not_file = المسار `{ $path }` مجلد، لذلك لا يمكن أن يكون ملفًا
problem-path_empty = يجب أن يكون للملف اسم
problem-path_absolute = المسار `{ $path }` مطلق؛ الدورة تحتوي على مسارات نسبية
problem-path_control = في اسم `{ $path }` شرطة مائلة عكسية أو حرف تحكم
problem-path_dots = في `{ $path }` اسم فارغ أو `.` أو `..`؛ الدورة تحتوي على مسارات نسبية بسيطة
problem-media_too_big = حجم الملف { $size } كيلوبايت؛ الحد الأقصى { $limit } كيلوبايت، لأن المتعلّمات يدفعن ثمن كل بايت
problem-file_too_big = حجم الملف { $size } كيلوبايت؛ الحد الأقصى { $limit } كيلوبايت
problem-file_changed = تغيّر الملف أثناء قراءته؛ حاول مرة أخرى
problem-file_over_limit = يحتوي الملف على أكثر مما يقوله حجمه، وأكثر من الحد الأقصى البالغ { $limit } كيلوبايت
problem-folder_not_module = المجلد `{ $folder }` ليس جزءًا معرّفًا في course.toml
problem-lesson_id_taken = معرّف الدرس `{ $id }` مستخدم من قبل في { $path }
problem-no_front_matter = يجب أن يبدأ الدرس بمقدمة (front matter) بين سطرين `+++` (id، title، minutes)
problem-lesson_id_invalid = معرّف الدرس `{ $id }` يمكن أن يحتوي فقط على حروف لاتينية صغيرة وأرقام وشرطات
problem-lesson_title_empty = عنوان الدرس فارغ
problem-lesson_title_hidden = في عنوان الدرس حرف تحكم أو حرف اتجاه نص؛ احذفه
problem-minutes_range = يجب أن تكون الدقائق (minutes) بين 1 و120
problem-translation_missing = الدرس `{ $id }` ليست له ترجمة باللغة `{ $language }` في { $folder }
problem-translation_other_module = الدرس `{ $id }` موجود هنا في الجزء `{ $module }`، لكنه في الجزء `{ $original }` باللغة `{ $language }`
problem-translation_without_original = الدرس `{ $id }` غير موجود في اللغة الافتراضية `{ $language }`
problem-image_unknown_type = الصورة `{ $url }`: يمكن استخدام صور PNG وJPEG وWebP وGIF وSVG فقط؛ احفظها بإحدى هذه الصيغ
problem-image_other_kind = الصورة `{ $url }`: اسمها يدل على { $expected }، لكنها تحتوي على صورة { $found }؛ احفظها مرة أخرى بصيغة { $expected }، أو أعطها الامتداد الصحيح
problem-image_no_picture = الصورة `{ $url }`: اسمها يدل على { $expected }، لكنها لا تحتوي على صورة (بل نص، أو صفحة ويب، أو نوع آخر من الملفات)
problem-image_too_many_pixels = الصورة `{ $url }`: أبعادها { $width } × { $height } بكسل؛ الحد الأقصى { $side } بكسل لكل ضلع و{ $millions } ميغابكسل في المجموع، لذلك صغّرها
problem-image_unreadable = الصورة `{ $url }`: لا يمكن قراءة الصورة، لأن الملف ناقص أو تالف؛ احفظها مرة أخرى
problem-svg_dtd = الصورة `{ $url }`: الرسم يحتوي على تعريف DTD (`{ $found }`)؛ احذف هذا السطر
problem-svg_not_xml = الصورة `{ $url }`: الرسم ليس XML سليم البنية ({ $found })
problem-svg_instruction = الصورة `{ $url }`: في الرسم تعليمة معالجة `{ $found }`؛ صدّره مرة أخرى كملف SVG بسيط
problem-svg_foreign_element = الصورة `{ $url }`: في الرسم عنصر `{ $found }` ليس من SVG (بيانات المحرر، أو صفحة ويب بداخله)؛ صدّره مرة أخرى كملف SVG بسيط
problem-svg_script = الصورة `{ $url }`: في الرسم عنصر `{ $found }`؛ لا يُسمح للصورة بتشغيل أي شيفرة
problem-svg_foreign_object = الصورة `{ $url }`: في الرسم عنصر `{ $found }`، ويمكن أن يحتوي على صفحة ويب
problem-svg_link = الصورة `{ $url }`: في الرسم رابط (`{ $found }`)؛ لا يُسمح للصورة بأن تحتوي على روابط
problem-svg_loads_file = الصورة `{ $url }`: الرسم يحمّل ملفًا آخر (`{ $found }`)؛ ضع الصورة في الدرس بدلًا من ذلك
problem-svg_animated = الصورة `{ $url }`: الرسم متحرك (`{ $found }`)؛ تُقبل الرسوم الثابتة فقط
problem-svg_element = الصورة `{ $url }`: في الرسم عنصر `{ $found }`، وهو ليس رسمًا بسيطًا؛ صدّره مرة أخرى كملف SVG بسيط
problem-svg_event_handler = الصورة `{ $url }`: في الرسم معالج أحداث (`{ $found }`)؛ لا يُسمح للصورة بتشغيل أي شيفرة
problem-svg_external_link = الصورة `{ $url }`: في الرسم رابط إلى `{ $found }`، خارج الرسم
problem-svg_attribute = الصورة `{ $url }`: في الرسم سمة ليست من سمات الرسم (`{ $found }`)؛ صدّره مرة أخرى كملف SVG بسيط
problem-svg_css_escape = الصورة `{ $url }`: التنسيق في `{ $found }` يخفي أحرفًا خلف تسلسل هروب `\`
problem-svg_css_at_rule = الصورة `{ $url }`: التنسيق في `{ $found }` فيه قاعدة @ مثل `@import`
problem-svg_css_function = الصورة `{ $url }`: التنسيق في `{ $found }` يستخدم `{ $function }`، وهي ليست لونًا ولا تحويلًا
problem-image_too_big = الصورة `{ $url }`: حجم الملف { $size } كيلوبايت؛ الحد الأقصى { $limit } كيلوبايت، لأن المتعلّمات يدفعن ثمن كل بايت
problem-link_scheme = الرابط `{ $url }` غير مسموح به: اربط بدرس (.md)، أو بصفحة ويب (https://)، أو بعنوان بريد إلكتروني (mailto:)
problem-link_no_lesson = الرابط `{ $url }` لا يؤدي إلى أي درس في هذه الدورة: اربط بدرس (.md)، أو بصفحة ويب (https://)، أو بعنوان بريد إلكتروني (mailto:)
problem-image_elsewhere = يجب أن تكون الصورة `{ $url }` ملفًا في مجلد الدورة: الصورة من موقع آخر تجعل هواتف المتعلّمات تتصل بذلك الموقع
problem-image_missing = الصورة `{ $url }` غير موجودة
problem-not_relative = يجب أن يكون `{ $url }` مسارًا نسبيًا إلى ملف الدرس، مثل `images/photo.png` أو `02-next.md`
problem-outside_course = المسار `{ $url }` يشير إلى خارج مجلد الدورة
problem-quiz_id_taken = معرّف الاختبار `{ $id }` مستخدم من قبل في { $place }
problem-quiz_out_of_order = الاختبار `{ $id }` موجود هنا، في مكان الاختبار `{ $original }` باللغة `{ $language }`: الترجمة فيها الاختبارات نفسها، وبالترتيب نفسه
problem-quiz_missing = الاختبار `{ $id }` الموجود باللغة `{ $language }` غير موجود في هذه الترجمة
problem-quiz_not_in_original = الاختبار `{ $id }` غير موجود باللغة `{ $language }`: الترجمة فيها الاختبارات نفسها، وبالترتيب نفسه
problem-quiz_option_count =
    الاختبار `{ $id }` فيه هنا { $count ->
        [zero] { $count } خيارات
        [one] خيار واحد
        [two] خياران
        [few] { $count } خيارات
        [many] { $count } خيارًا
       *[other] { $count } خيار
    }، لكن فيه { $original } باللغة `{ $language }`
problem-option_right_here = هذا الخيار محدد كصحيح `[x]` هنا، لكنه خاطئ `[ ]` باللغة `{ $language }`: الخيارات الصحيحة هي نفسها في كل اللغات
problem-option_wrong_here = هذا الخيار محدد كخاطئ `[ ]` هنا، لكنه صحيح `[x]` باللغة `{ $language }`: الخيارات الصحيحة هي نفسها في كل اللغات
problem-quiz_typed_here = الاختبار `{ $id }` فيه خيارات للتحديد باللغة `{ $language }`، لكن فيه هنا إجابة للكتابة
problem-quiz_options_here = الاختبار `{ $id }` فيه إجابة للكتابة باللغة `{ $language }`، لكن فيه هنا خيارات للتحديد
problem-quiz_no_id = يحتاج الاختبار إلى معرّف بعد كلمة quiz، مثلًا ```quiz first-day
problem-quiz_id_invalid = معرّف الاختبار `{ $id }` يمكن أن يحتوي فقط على حروف لاتينية صغيرة وأرقام وشرطات
problem-quiz_stray_block = هذا ليس جزءًا من اختبار: يحتوي الاختبار على سؤال، ثم قائمة خيارات (`- [x]`، `- [ ]`) أو إجابات مقبولة (`- = ...`)، ثم شرح اختياري `>`
problem-quiz_no_question = الاختبار ليس فيه سؤال: اكتبه أولًا، في سطر نصي قبل القائمة
problem-quiz_no_options = الاختبار ليس فيه خيارات (`- [x]`، `- [ ]`) ولا إجابات مقبولة (`- = ...`)
problem-option_empty = هذا الخيار ليس فيه نص: اكتبه بعد `[x]` أو `[ ]`
problem-option_stray_block = تحت الخيار لا يمكن أن يوجد إلا تعليقه، على شكل اقتباس `>`
problem-answer_empty = هذه الإجابة المقبولة فارغة: اكتبها بعد `=`
problem-answer_too_long = عدد حروف هذه الإجابة المقبولة أكثر من { $limit }: الإجابة المكتوبة تكون قصيرة
problem-answer_stray_block = لا يمكن وضع أي شيء تحت الإجابة المقبولة: اكتب الشروح في اقتباس `>` بعد القائمة
problem-item_unmarked = كل بند في القائمة يبدأ بـ `[x]` (صحيح)، أو `[ ]` (خاطئ)، أو `=` (إجابة مقبولة)، ثم مسافة
problem-quiz_mixed = القائمة تخلط بين الخيارات (`[x]`، `[ ]`) والإجابات المقبولة (`=`): الاختبار يحتوي على أحدهما فقط
problem-quiz_one_option = الاختبار فيه خيار واحد فقط: اكتب خيارين على الأقل، أو حدّد إجابة مكتوبة مقبولة بـ `- = ...`
problem-quiz_none_right = لا يوجد خيار محدد كصحيح: حدّد الخيار الصحيح بـ `[x]`
problem-toml_invalid = لا يمكن قراءة الإعدادات: { $detail }
problem-version_zero = يجب ألا تقل قيمة version عن 1
problem-pass_mark_range = قيمة pass_mark نسبة مئوية من الاختبارات: من 0 إلى 100
problem-track_unknown = مسار غير معروف `{ $track }`: استخدم أحد هذه المسارات: { $known }
problem-languages_empty = اذكر لغة واحدة على الأقل
problem-language_invalid = القيمة `{ $language }` ليست رمز لغة مثل `en` أو `it`
problem-language_twice = اللغة `{ $language }` مذكورة مرتين
problem-default_language_unlisted = اللغة الافتراضية `{ $language }` ليست في `languages`
problem-module_id_invalid = معرّف الجزء `{ $id }` يمكن أن يحتوي فقط على حروف لاتينية صغيرة وأرقام وشرطات
problem-module_id_twice = معرّف الجزء `{ $id }` مستخدم مرتين
problem-modules_empty = أضف قسم [[modules]] واحدًا على الأقل
problem-skills_missing = مهارات الشهادة ليست لها قائمة باللغة `{ $language }`
problem-skills_extra_language = مهارات الشهادة لها قائمة باللغة `{ $language }`، لكن `{ $language }` ليست في `languages`
problem-skills_too_many = مهارات الشهادة باللغة `{ $language }`: { $limit } على الأكثر، لتبقى في صفحة واحدة
problem-skill_invalid = مهارة الشهادة `{ $skill }` باللغة `{ $language }`: سطر واحد، وعدد حروفها من 1 إلى { $limit }
problem-reveals_programme = النص `{ $words }` يُطبع على الشهادات ويذكر `{ $word }`: الشهادات لا تذكر البرنامج أبدًا
problem-text_missing = الحقل `{ $field }` ليس له نص باللغة `{ $language }`
problem-text_hidden = الحقل `{ $field }` باللغة `{ $language }` فيه حرف تحكم أو حرف اتجاه نص؛ احذفه
problem-text_extra_language = الحقل `{ $field }` له نص باللغة `{ $language }`، لكن `{ $language }` ليست في `languages`
problem-catalogue_link = المسار `{ $path }` رابط رمزي؛ يجب أن تكون الدورة مجلدًا عاديًا في الفهرس
problem-slug_invalid = اسم مجلد الدورة `{ $slug }` يمكن أن يحتوي فقط على حروف لاتينية صغيرة وأرقام وشرطات
problem-language_no_folder = اللغة `{ $language }` مذكورة، لكن لا يوجد مجلد `{ $language }/`
problem-no_lessons = الدورة ليس فيها دروس
problem-file_missing = الملف غير موجود
problem-file_not_utf8 = الملف ليس نصًا بترميز UTF-8
