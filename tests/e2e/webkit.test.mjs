// The cross-browser tests (../cross-browser.mjs) in WebKitGTK (the engine of Safari), through WebKitWebDriver.
import { crossBrowserTests } from '../cross-browser.mjs';

crossBrowserTests('webkit');
