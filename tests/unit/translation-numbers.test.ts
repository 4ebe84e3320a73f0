import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ContentFile } from '../../src/content-files/file.ts';
import { emergencyNumberErrors, latinDigits, numberMismatches, numbersIn } from '../../src/checks/numbers.ts';

function file(folder: string, id: string, body: string): ContentFile {
  return {
    folder,
    id,
    filePath: `content/${folder}/${id}.md`,
    data: { title: 'T', description: 'D', updated: new Date('2026-11-21'), keywords: [] },
    body,
    bodyLine: 8,
  };
}

const swedish = file('sv', 'a', 'Ring 112 eller 114\u00a014.\n\nDu får 1 500 kronor från den 1 september 2025.\n\nLäs mer på [1177](https://www.1177.se/) eller [sidan](/ukraina/efter-mars-2027/).\n');

describe('numbers of a translation', () => {
  it('reads digit groups as numbers, in any digits and spacing', () => {
    assert.equal(latinDigits('١١٢ و ۱۱۴ ۱۴'), '112 و 114 14');
    assert.deepEqual(numbersIn('114 14, 10,000 and 1.5').map((number) => number.value), ['11414', '10000', '15']);
    assert.deepEqual(numbersIn('Se [sidan](/ukraina/efter-mars-2027/) {#x1}').map((number) => number.value), [], 'link targets and ids are not text');
  });

  it('accepts a translation with the same numbers in other words, digits and month names', () => {
    const arabic = file('ar', 'a', 'اتصل بـ ١١٢ أو 114 14.\n\nتحصل على 1 500 كرونة ابتداءً من 1 سبتمبر 2025.\n\nاقرأ المزيد على [1177](https://www.1177.se/) أو [الصفحة](/ukraina/efter-mars-2027/).\n');
    assert.deepEqual(numberMismatches(swedish, arabic), []);
    const tigrinya = file('ti', 'a', 'ደውሉ 112 ወይ 114 14።\n\n1 500 ክሮነር ካብ 1 መስከረም 2025 (1.9.2025)።\n\n[1177](https://www.1177.se/) [ገጽ](/ukraina/efter-mars-2027/)።\n');
    assert.deepEqual(numberMismatches(swedish, tigrinya), [], 'a date restated in digits is no new number');
  });

  it('reports a changed amount with the file and line of the translation, and the Swedish line', () => {
    const english = file('en', 'a', 'Call 112 or 114 14.\n\nYou get 1 200 kronor from 1 September 2025.\n\nRead more on [1177](https://www.1177.se/).\n');
    const messages = numberMismatches(swedish, english).map((error) => error.message);
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.match(messages.join('\n'), /content\/en\/a\.md:10: the number 1500 appears 1 time in the Swedish page \(content\/sv\/a\.md line 10\) but 0 in the translation/);
    assert.match(messages.join('\n'), /content\/en\/a\.md:10: the number 1200 is not in the Swedish page\n {2}→ Check this number against content\/sv\/a\.md/);
  });

  it('points a missing number at the translation\'s own paragraph, which may stand on another line than the Swedish', () => {
    const english = file('en', 'a', 'Call 112\nor 114 14.\n\nYou get kronor from 1 September 2025.\n\nRead more on [1177](https://www.1177.se/).\n');
    const [missing] = numberMismatches(swedish, english);
    assert.equal(missing?.line, 11, 'the second paragraph starts on line 11 of the translation (line 10 in Swedish)');
    assert.match(missing!.message, /^content\/en\/a\.md:11: the number 1500 appears 1 time in the Swedish page \(content\/sv\/a\.md line 10\)/);
  });

  it('requires 112, 1177 and 114 14 on every version of the emergency page', () => {
    const withoutHealthLine = file('ar', 'akut-hjalp', 'اتصل بـ ١١٢ أو ۱۱۴ ۱۴.\n');
    assert.deepEqual(emergencyNumberErrors([withoutHealthLine]).map((error) => error.message.split('\n')[0]), ['content/ar/akut-hjalp.md: the emergency page does not show 1177']);
    assert.deepEqual(emergencyNumberErrors([file('sv', 'akut-hjalp', 'Ring 112, 1177 eller 114 14.')]), []);
    assert.deepEqual(emergencyNumberErrors([file('sv', 'annan-sida', 'Ingen siffra.')]), [], 'other pages need not show them');
  });
});
