// The cross-browser tests (../cross-browser.mjs) in Firefox ESR, through geckodriver.
import { crossBrowserTests } from '../cross-browser.mjs';

crossBrowserTests('firefox');
