/** Units people read: temperatures (stored in °C, shown in °C or °F) and sizes in bytes. */
import { msg } from '@lit/localize';
import { localDecimal } from './words.ts';

/** The unit a person reads temperatures in; stored temperatures are always °C. */
export type TemperatureUnit = 'C' | 'F';

/** Each temperature unit's name, for screen readers beside the symbol. */
export const TEMPERATURE_UNIT_NAMES: Readonly<Record<TemperatureUnit, string>> = {
  // Getters: msg() answers in the language active when the word is read.
  get C() {
    return msg('Celsius');
  },
  get F() {
    return msg('Fahrenheit');
  },
};

/** °C to °F, rounded to one decimal. */
export function celsiusToFahrenheit(c: number): number {
  return Math.round(((c * 9) / 5) * 10 + 320) / 10;
}

/** °F to °C, rounded to one decimal. */
export function fahrenheitToCelsius(f: number): number {
  return Math.round((((f - 32) * 5) / 9) * 10) / 10;
}

/** A temperature stored in °C, shown in `unit` with one decimal: "38.5 °C", "101.3 °F" (es: "38,5 °C"). */
export function formatTemperature(celsius: number, unit: TemperatureUnit): string {
  return `${localDecimal((unit === 'F' ? celsiusToFahrenheit(celsius) : celsius).toFixed(1))} °${unit}`;
}

const BYTE_UNITS = [
  { name: 'bytes', size: 1 },
  { name: 'KB', size: 1e3 },
  { name: 'MB', size: 1e6 },
  { name: 'GB', size: 1e9 },
] as const;

/** The smallest unit a size is given in. */
export type SmallestByteUnit = 'bytes' | 'KB' | 'MB';

/**
 * A byte count in words, with the language's decimal mark: "812 bytes", "340 KB", "1.5 MB", "2.25 GB". Kilobytes are whole, and each
 * larger unit gets one more decimal. With `smallest` set, sizes are never given in a smaller unit
 * (a tiny one is "1 KB" or "1 MB") and that unit is whole: whole megabytes ("42 MB", "1.2 GB")
 * where the exact size matters less than its scale.
 */
export function describeBytes(bytes: number, smallest: SmallestByteUnit = 'bytes'): string {
  const floor = BYTE_UNITS.findIndex((u) => u.name === smallest);
  let index = BYTE_UNITS.length - 1;
  while (index > floor && bytes < (BYTE_UNITS[index] as (typeof BYTE_UNITS)[number]).size) index -= 1;
  const unit = BYTE_UNITS[index] as (typeof BYTE_UNITS)[number];
  const decimals = Math.max(0, index - Math.max(floor, 1));
  const value = index === floor && floor > 0 ? Math.max(1, bytes / unit.size) : bytes / unit.size;
  return `${localDecimal(value.toFixed(decimals))} ${unit.name === 'bytes' ? msg('bytes') : unit.name}`;
}
