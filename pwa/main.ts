// The PWA's entry point: it only loads the app root, <smp-app> (app/smp-app.ts), which does the rest.
import './app/smp-app.ts';
