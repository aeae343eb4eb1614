import type { ClockTime } from "../../model/bloc.js";

/** `08 giờ 30 phút`: the time as minutes of a meeting write it. */
export function formatClockTime(time: ClockTime): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${two(time.hour)} giờ ${two(time.minute)} phút`;
}
