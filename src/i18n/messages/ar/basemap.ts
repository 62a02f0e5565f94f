/** Arabic texts about the base map outside the picker: zooming to it, and why it failed (keys and meaning: ../basemap.ts). */
export const messages: Record<string, string> = {
  "basemap.zoomTo": "انتقل إلى خريطة الخلفية",
  "basemap.unreadable": "لا نستطيع قراءة خريطة الخلفية {{file}}. نعرض الخريطة السابقة. اختر ملفًا آخر.",
  "basemap.noRange": "خريطة الخلفية {{url}} لا تُحمَّل. الخادم يرسل الملف كاملًا دائمًا، حتى عندما تطلب الخريطة جزءًا صغيرًا منه فقط. (لا يدعم طلبات HTTP Range.) الملف كبير جدًا لتحميله دفعة واحدة: {{sizeMb, decimal}} ميغابايت، والحد الأقصى {{limitMb, decimal}} ميغابايت. ضعه على خادم يدعم طلبات Range.",
  "basemap.noRangeUnknownSize": "خريطة الخلفية {{url}} لا تُحمَّل. الخادم يرسل الملف كاملًا دائمًا، حتى عندما تطلب الخريطة جزءًا صغيرًا منه فقط. (لا يدعم طلبات HTTP Range.) الملف أكبر من {{limitMb, decimal}} ميغابايت. هذا كبير جدًا لتحميله دفعة واحدة. ضعه على خادم يدعم طلبات Range.",
  "basemap.httpError": "خريطة الخلفية {{url}} لا تُحمَّل: الخادم يردّ برمز الخطأ {{status}}. حاول مرة أخرى لاحقًا.",
};
