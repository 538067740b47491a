// The click-to-load placeholder in Arabic, right to left (consentkit-placeholder-ar.js in the script-tag build).
import type { PlaceholderTexts } from '../placeholder-texts';

const ar: PlaceholderTexts = {
  title: 'محتوى من {provider}',
  body: 'يؤدي تحميله إلى إرسال عنوان IP الخاص بك وعنوان هذه الصفحة إلى {provider}، الذي قد يضع ملفات تعريف الارتباط.',
  cookies: 'ملفات تعريف الارتباط التي قد يضعها: {cookies}.',
  loadOnce: 'تحميل مرة واحدة',
  allow: 'السماح بـ{category}',
  categories: {
    social: 'وسائل التواصل الاجتماعي',
    analytics: 'التحليلات',
    advertising: 'الإعلانات المبنية على الاهتمامات',
    preferences: 'التفضيلات',
  },
};

export default ar;
