// Loaded with `node --import` into a build, to run it as if on another day:
// every clock reading (`new Date()`, `Date.now()`) is 400 days later.
const LATER = 400 * 24 * 60 * 60 * 1000;
const RealDate = Date;
class LaterDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + LATER);
    else super(...args);
  }
  static now() {
    return RealDate.now() + LATER;
  }
}
globalThis.Date = LaterDate;
console.log(`[later-clock] ${new Date().toISOString().slice(0, 10)}`);
