/** Turkish texts about keeping the planner's datasets in the browser (keys and meaning: ../data-storage.ts). */
export const messages: Record<string, string> = {
  "dataStorage.unreadable_one": "Kayıtlı {{count, count}} dosyayı okuyamadık. Bu dosyayı dışarıda bıraktık. Diğerleri yüklendi.",
  "dataStorage.unreadable_other": "Kayıtlı {{count, count}} dosyayı okuyamadık. Bunları dışarıda bıraktık. Diğerleri yüklendi.",
  "dataStorage.quota": "Tarayıcıda yer kalmadı, şunlar saklanamıyor: {{names}}. Şu anda haritada duruyor ama sayfayı yenileyince kaybolacak. Saklamak için indirin.",
  "dataStorage.failed": "Şunlar saklanamadı: {{names}}. Şu anda haritada duruyor ama sayfayı yenileyince kaybolacak. Saklamak için indirin.",
  "dataStorage.download": "İndir: {{name}}",
  "dataStorage.dismiss": "Mesajı kapat",
};
