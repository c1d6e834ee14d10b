// Boot: open the journal, start the app, register the service worker.
import './app/smp-app.ts';
