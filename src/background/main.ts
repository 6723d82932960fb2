/**
 * The background (Chrome service worker, Firefox event page). It holds no state of its own: a
 * worker may be stopped at any moment, so everything it knows is read again from the browser or
 * from storage. Listeners are registered synchronously at start-up so a wake-up event is not missed.
 */
import * as browserApi from '../adapters/browser';
import { startMessageRouting } from './message-router';
import { startTabTracking } from './tab-tracking';

browserApi.openPanelOnActionClick();
startMessageRouting();
startTabTracking();
