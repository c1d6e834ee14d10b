/** The check-in form's temperature field: what a person may type, and its range in °C or °F. */
import { msg, str } from '@lit/localize';
import { TEMPERATURE_RANGE_C } from '../../rules/index.ts';
import {
  celsiusToFahrenheit,
  fahrenheitToCelsius,
  localDecimal,
  withoutHiddenCharacters,
  type TemperatureUnit,
} from '../../vocabulary/index.ts';

/** The plausible range in `unit`; the rules refuse anything outside it as mistyped. */
export function temperatureRange(unit: TemperatureUnit): { min: number; max: number } {
  const { min, max } = TEMPERATURE_RANGE_C;
  return unit === 'F' ? { min: celsiusToFahrenheit(min), max: celsiusToFahrenheit(max) } : { min, max };
}

// Digits, then at most one decimal point or comma and one or two digits: "38.5", "38,5", "101.3".
// Anything else ("1e3", "38.5.1", "3 8", "38,5°") is refused, never reinterpreted; so is a second
// decimal ("37,25"), which would otherwise be rounded without a word.
const TYPED_TEMPERATURE = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;

/** The number a person typed as a temperature (decimal point or comma), or null when it is not plainly one. */
export function parseTypedTemperature(text: string): number | null {
  const match = TYPED_TEMPERATURE.exec(text.trim());
  return match ? Number(`${match[1]}.${match[2] ?? '0'}`) : null;
}

/** The refusal of text that is not plainly a temperature (its example in the unit, the language's decimal mark). */
const notATemperature = (typed: string, unit: TemperatureUnit) =>
  unit === 'F'
    ? msg(
        str`“${typed}” is not a temperature. Type digits with a decimal point or comma, like 98.6, or leave it empty.`,
      )
    : msg(
        str`“${typed}” is not a temperature. Type digits with a decimal point or comma, like 37.2 or 37,2, or leave it empty.`,
      );

/** The refusal of a second decimal: a thermometer shows one, and rounding it silently would change what was read. */
const tooManyDecimals = (typed: string, unit: TemperatureUnit) =>
  unit === 'F'
    ? msg(str`“${typed}” has more than one decimal. Write the temperature with at most one decimal, like 101.3.`)
    : msg(str`“${typed}” has more than one decimal. Write the temperature with at most one decimal, like 38.5.`);

/** Reads a typed temperature: `{}` when empty, °C to one decimal, or a sentence saying what is wrong. */
export function readTemperature(text: string, unit: TemperatureUnit): { celsius?: number; error?: string } {
  const typed = withoutHiddenCharacters(text.trim()).slice(0, 20);
  if (!typed) return {};
  const value = parseTypedTemperature(text);
  const { min, max } = temperatureRange(unit);
  if (value === null) return { error: notATemperature(typed, unit) };
  if (!/^\d+([.,]\d)?$/.test(text.trim())) return { error: tooManyDecimals(typed, unit) };
  if (value < min || value > max) {
    const [shown, low, high] = [value, min, max].map((n) => localDecimal(String(n)));
    return {
      error: msg(
        str`${shown} °${unit} is outside ${low}–${high} °${unit}, so it is probably mistyped. Check the thermometer, or leave the temperature empty.`,
      ),
    };
  }
  return { celsius: unit === 'F' ? fahrenheitToCelsius(value) : Math.round(value * 10) / 10 };
}

/** The typed temperature in the other unit; anything unreadable is left as typed. */
export function convertTypedTemperature(text: string, from: TemperatureUnit, to: TemperatureUnit): string {
  const value = parseTypedTemperature(text);
  if (from === to || value === null) return text;
  return String(to === 'F' ? celsiusToFahrenheit(value) : fahrenheitToCelsius(value));
}
