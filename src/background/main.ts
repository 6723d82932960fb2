/**
 * The background (Chrome service worker, Firefox event page). It keeps no state of its own: a
 * worker may be stopped at any moment, so everything it knows is read again from the browser or
 * from storage. Listeners are registered synchronously at start-up so a waking event is not missed.
 */
import * as browserApi from '../adapters/browser';
import { startCommands } from './commands';
import { startMessageRouting } from './message-router';
import { startTabTracking } from './tab-tracking';
import { startTimerWatch } from './timer-watch';

/** The toolbar button opens the side panel (Chrome) or toggles the sidebar (Firefox). */
browserApi.openPanelOnActionClick();
/** Panels and content scripts talk to us; every message is checked first. */
startMessageRouting();
/** Panels follow the active tab; badges follow the library. */
startTabTracking();
/** Heartbeat and budget alarms for the running timer; settling after a restart. */
startTimerWatch();
/** Keyboard commands and the toolbar button's menu. */
startCommands();
