// The HTML reports in Chromium, in Chinese (the checks: reports.ts).
import { describeReports } from './reports.js';

describeReports('zh');
