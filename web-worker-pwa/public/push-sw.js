/* Web Push in the worker app's service worker (imported by the generated sw.js, vite.config.ts
   workbox.importScripts). A supervisor's decision arrives as {type: 'review.decided', submissionId,
   verdict} (docs/asyncapi.yaml): it is shown as a notification, and any open window of the app is told
   so that its pending screen refreshes at once. No reason or health detail is in the message. */
self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = {};
  }
  if (message.type !== 'review.decided') return;
  const ko = (self.navigator.language || 'ko').toLowerCase().startsWith('ko');
  const url = `/result/${encodeURIComponent(message.submissionId)}`;
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const client of windows) client.postMessage(message);
    await self.registration.showNotification(ko ? '위생 점검 검토가 끝났습니다' : 'Your hygiene check was reviewed', {
      body: ko ? '앱을 열어 결과를 확인하세요.' : 'Open the app to see the result.',
      tag: `review-${message.submissionId}`,
      icon: '/pwa-192x192.png',
      data: { url },
    });
  })());
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/';
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const client of windows) {
      if ('focus' in client) {
        await client.focus();
        if ('navigate' in client) await client.navigate(url);
        return;
      }
    }
    await self.clients.openWindow(url);
  })());
});
