/** DrawingML units: geometry in EMU (12700 a point), font sizes and spacing in hundredths of a point. */

const EMU_PER_POINT = 12700;

export function emu(points: number): number {
  return Math.round(points * EMU_PER_POINT);
}

export function centipoints(points: number): number {
  return Math.round(points * 100);
}
