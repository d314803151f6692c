import { formatCount } from '@/lib/format';
import type { ImportProblem } from '@/lib/import-problems';
import { ScrollRegion } from './scroll-region';

/** An import's problems, one table row each: the line in the file, the column and what is wrong. */
export function ImportProblemsTable({ problems, captionId }: { problems: readonly ImportProblem[]; captionId: string }) {
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="table table--compact">
        <caption id={captionId} className="table__caption">
          Problems found in the file
        </caption>
        <thead>
          <tr>
            <th scope="col" className="table__number">
              Row
            </th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            // Problems have no id of their own; the server's order never changes.
            <tr key={`${String(index)}:${problem.message}`}>
              <td className="table__number">{problem.row === undefined ? '–' : formatCount(problem.row)}</td>
              <td className="code">{problem.column ?? 'Whole file'}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
