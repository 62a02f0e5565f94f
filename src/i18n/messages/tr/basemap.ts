/** Turkish texts about the base map outside the picker: zooming to it, and why it failed (keys and meaning: ../basemap.ts). */
export const messages: Record<string, string> = {
  "basemap.zoomTo": "Arka plan haritasına yakınlaştır",
  "basemap.unreadable": "Arka plan haritasını okuyamıyoruz: {{file}}. Önceki haritayı gösteriyoruz. Başka bir dosya seçin.",
  "basemap.noRange": "Arka plan haritası yüklenmiyor: {{url}}. Sunucu her zaman dosyanın tamamını gönderiyor, harita sadece küçük bir parça istese bile. (Sunucu HTTP Range isteklerini desteklemiyor.) Dosya bir kerede yüklemek için çok büyük: {{sizeMb, decimal}} MB, ama en fazla {{limitMb, decimal}} MB olabilir. Dosyayı Range isteklerini destekleyen bir sunucuya koyun.",
  "basemap.noRangeUnknownSize": "Arka plan haritası yüklenmiyor: {{url}}. Sunucu her zaman dosyanın tamamını gönderiyor, harita sadece küçük bir parça istese bile. (Sunucu HTTP Range isteklerini desteklemiyor.) Dosya en fazla {{limitMb, decimal}} MB olabilir, ama bu dosya daha büyük. Bir kerede yüklemek için çok büyük. Dosyayı Range isteklerini destekleyen bir sunucuya koyun.",
  "basemap.httpError": "Arka plan haritası yüklenmiyor: {{url}}. Sunucu bir hata kodu gönderiyor: {{status}}. Daha sonra tekrar deneyin.",
};
