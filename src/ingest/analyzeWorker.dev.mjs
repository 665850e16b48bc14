// Worker entry when litopys runs from its TypeScript sources (tests, `npx tsx`): worker threads do not inherit
// tsx's loader, so register it here before loading the real worker. The built package uses analyzeWorker.js.
import { register } from 'tsx/esm/api';

register();
await import('./analyzeWorker.ts');
