/**
 * A value handed from one part of the build to another through a global slot.
 *
 * Why a global: Astro runs its config hooks, the content loader and the routes in one process
 * (`astro build` and `astro dev` alike) but bundles them apart, so each loads its own instance
 * of a module and a module-level variable is not shared. A `Symbol.for` key names the same slot
 * from every instance without clashing with anything else on `globalThis`.
 */
export interface Handover<T> {
  /** What was handed over last, or undefined when nothing was. */
  get(): T | undefined;
  set(value: T): void;
}

export function handover<T>(name: string): Handover<T> {
  const key = Symbol.for(`nyisverige.${name}`);
  const holder = globalThis as { [key]?: T };
  return {
    get: () => holder[key],
    set: (value) => {
      holder[key] = value;
    },
  };
}
