/** Arabic texts about keeping the planner's datasets in the browser (keys and meaning: ../data-storage.ts). */
export const messages: Record<string, string> = {
  "dataStorage.unreadable_zero": "لا يوجد ملف محفوظ لم نستطع قراءته.",
  "dataStorage.unreadable_one": "لم نستطع قراءة ملف محفوظ واحد. تركناه جانبًا. تم تحميل الباقي.",
  "dataStorage.unreadable_two": "لم نستطع قراءة ملفين محفوظين. تركناهما جانبًا. تم تحميل الباقي.",
  "dataStorage.unreadable_few": "لم نستطع قراءة {{count, count}} ملفات محفوظة. تركناها جانبًا. تم تحميل الباقي.",
  "dataStorage.unreadable_many": "لم نستطع قراءة {{count, count}} ملفًا محفوظًا. تركناها جانبًا. تم تحميل الباقي.",
  "dataStorage.unreadable_other": "لم نستطع قراءة {{count, count}} ملف محفوظ. تركناها جانبًا. تم تحميل الباقي.",
  "dataStorage.quota": "لم يعد في المتصفح مكان لحفظ {{names}}. البيانات الآن على الخريطة، لكنها ستختفي بعد إعادة تحميل الصفحة. نزّلها لتحتفظ بها.",
  "dataStorage.failed": "لم ينجح حفظ {{names}}. البيانات الآن على الخريطة، لكنها ستختفي بعد إعادة تحميل الصفحة. نزّلها لتحتفظ بها.",
  "dataStorage.download": "تنزيل {{name}}",
  "dataStorage.dismiss": "إغلاق الرسالة",
};
