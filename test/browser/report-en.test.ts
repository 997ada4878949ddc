// The HTML reports in Chromium, in English (the checks: reports.ts).
import { describeReports } from './reports.js';

describeReports('en');
