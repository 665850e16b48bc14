/**
 * Stop 27's speaker rule, on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerOf } from './helpers.js';

test('a feminine title with its state before a name tells the person\'s gender for "за її словами"', () => {
  const text = 'Німеччина відхилила пропозицію Польщі щодо мит, повідомило видання Politico. '
    + 'Напередодні президент Володимир Зеленський провів переговори з прем’єр-міністеркою Японії Санае Такаїчі. '
    + 'За її словами, Токіо наступного року виділить Україні ще мільярд доларів.';
  assert.equal(speakerOf(text, 'Токіо наступного року'), 'Санае Такаїчі');
});
