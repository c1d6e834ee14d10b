// Runs before the app's code has loaded: opens the journal's IndexedDB database (if it exists), so
// the browser has it open when the app asks for it a moment later. Creates and changes nothing: a
// database that does not exist yet is not created, and the connection closes after a few seconds or
// at once when the app needs to upgrade it. The name is the app's (src/journal/db.ts).
(function () {
  if (!self.indexedDB) return;
  var request = indexedDB.open('smp-aftercare-journal');
  request.onupgradeneeded = function () {
    request.transaction.abort();
  };
  request.onsuccess = function () {
    var db = request.result;
    db.onversionchange = function () {
      db.close();
    };
    setTimeout(function () {
      db.close();
    }, 3000);
  };
  request.onerror = function (event) {
    event.preventDefault();
  };
})();
