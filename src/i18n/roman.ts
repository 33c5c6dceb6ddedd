/** A number from 1 to 39 in Roman numerals, as French, Spanish, Italian and Portuguese write centuries ("XXe siècle"). */
export const roman = (n: number): string => 'X'.repeat(Math.floor(n / 10)) + ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10];
