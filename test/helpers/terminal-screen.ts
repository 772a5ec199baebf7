/**
 * What a terminal shows after receiving `output`: its lines, for the few control sequences
 * `npm run build` writes when it redraws its progress lines — cursor n lines up to their start
 * (ESC[nF), erase the line (ESC[2K), erase it and every line below (ESC[J) — with colours and
 * other sequences ignored, and a pseudo-terminal's "\r\n" read as a line end.
 */
export function terminalScreen(output: string): string[] {
  const screen: string[] = [''];
  let row = 0;
  for (const part of output.replace(/\r\n/g, '\n').split(/(\u001b\[[\d;]*[A-Za-z])/)) {
    const escape = /^\u001b\[([\d;]*)([A-Za-z])$/.exec(part);
    if (escape) {
      const [, count, command] = escape;
      if (command === 'F' || command === 'A') row = Math.max(0, row - Number(count || 1));
      else if (command === 'K' || command === 'J') {
        if (command === 'J') screen.splice(row + 1);
        screen[row] = '';
      }
      continue;
    }
    for (const [index, piece] of part.split('\n').entries()) {
      if (index > 0) {
        row++;
        screen[row] ??= '';
      }
      // A carriage return alone starts the line over; the display never writes one, other programs might.
      const text = piece.slice(piece.lastIndexOf('\r') + 1);
      screen[row] = piece.includes('\r') ? text : (screen[row] ?? '') + text;
    }
  }
  return screen[screen.length - 1] === '' ? screen.slice(0, -1) : screen;
}
