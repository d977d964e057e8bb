import { VERSION } from './version.js';

type Ctor = CustomElementConstructor & { version?: string };

/**
 * Tags already warned about, per registry. Kept on `globalThis` under a registered symbol so every copy
 * of the library on the page (the all-in-one file, a per-widget file, a cache-busted copy) shares it
 * and a tag warns once per page, not once per copy.
 */
const WARNED = Symbol.for('level-of-care-widgets.define.warned');
function warnedTags(registry: CustomElementRegistry): Set<string> {
  const g = globalThis as unknown as Record<symbol, WeakMap<CustomElementRegistry, Set<string>> | undefined>;
  const byRegistry = (g[WARNED] ??= new WeakMap());
  let tags = byRegistry.get(registry);
  if (!tags) byRegistry.set(registry, (tags = new Set()));
  return tags;
}

/**
 * Register a custom element safely:
 * - the same tag already defined by this version (a second copy of the script) is silent;
 * - a different version warns once and throws nothing;
 * - a class already registered under another tag is registered again as a subclass, so hosts can rename tags.
 * Returns the class registered under the tag.
 */
export function safeDefine(tag: string, ctor: Ctor, registry: CustomElementRegistry = customElements): CustomElementConstructor {
  const existing = registry.get(tag) as Ctor | undefined;
  if (existing) {
    const warned = warnedTags(registry);
    if (existing !== ctor && existing.version !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `[level-of-care-widgets] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${VERSION} was not registered.`,
      );
    }
    return existing;
  }
  let cls: Ctor = ctor;
  try {
    registry.define(tag, cls);
  } catch {
    // The constructor is already registered under another name: register a subclass instead.
    cls = class extends (ctor as unknown as { new (): HTMLElement }) {} as unknown as Ctor;
    registry.define(tag, cls);
  }
  return cls;
}
