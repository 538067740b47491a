// Arabic, written right to left (the UI sets dir="rtl" on its root). A chunk of its own in the script-tag build
// (consentkit-lang-ar.js), loaded only for Arabic readers.
import type { BannerTexts } from '../texts';

const ar: BannerTexts = {
  bannerTitle: 'خياراتك بشأن الخصوصية',
  bannerBody:
    'نستخدم ملفات تعريف الارتباط وتقنيات مشابهة، مثل التخزين المحلي HTML5 وأدوات الشبكات الاجتماعية، لتذكّر ' +
    'إعداداتك وقياس عدد الزيارات وعرض إعلانات تناسب اهتماماتك. اختر ما تسمح به؛ ويمكنك تغيير رأيك في أي وقت.',
  policyLink: 'سياسة الخصوصية',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  settings: 'الإعدادات',
  preferencesTitle: 'إعدادات الخصوصية',
  preferencesIntro: 'اختر ما تسمح به. كل ما تتركه معطّلًا يبقى معطّلًا.',
  save: 'حفظ الخيارات',
  close: 'إغلاق',
  alwaysOn: 'مفعّلة دائمًا',
  savedStatus: 'تم حفظ التفضيلات',
  optOut: 'إلغاء الاشتراك في الإعلانات المستندة إلى الاهتمامات',
  categories: {
    necessary: {
      label: 'ضرورية تمامًا',
      description: 'تحافظ على عمل الموقع وأمانه، وتتذكّر خيارك بشأن الموافقة.',
    },
    preferences: {
      label: 'التفضيلات (تخزين HTML5)',
      description: 'تتذكّر إعدادات مثل مستوى الصوت والمحتوى المختار لك، في التخزين المحلي لمتصفحك.',
    },
    analytics: {
      label: 'التحليلات',
      description: 'تُحصي الزيارات ومسارات التصفح لنتعرّف على الاتجاهات ونحسّن الموقع.',
    },
    advertising: {
      label: 'الإعلانات المبنية على الاهتمامات',
      description:
        'تسمح لشريكنا الإعلاني باستخدام ملفات تعريف الارتباط لعرض إعلانات تناسب اهتماماتك. ومن دونها ستظل ترى إعلانات عامة.',
    },
    social: {
      label: 'وسائل التواصل الاجتماعي',
      description:
        'أزرار الإعجاب والمشاركة والمنشورات المضمّنة. يؤدي تحميلها إلى إرسال عنوان IP الخاص بك والصفحة التي تزورها إلى ' +
        'الشبكة الاجتماعية، التي قد تضع ملفات تعريف الارتباط.',
    },
  },
};

export default ar;
