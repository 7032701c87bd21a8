package org.createyourresume.ats.extract;

import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsLimits;

/**
 * What one request may still spend reading one file: its deadline (which also stops the work
 * when the thread is interrupted) and its size budget in table rows. One is made per file when
 * an import or a check starts and handed to every stage after it (unpacking, reading, parsing,
 * mapping), so that no stage has a clock or a cap of its own that another could outlast.
 *
 * <p>Not thread-safe: the stages of one request run one after another on one thread.
 */
public final class ReadBudget {

  private final AtsLimits limits;
  private final Deadline deadline;
  private int rows;

  private ReadBudget(AtsLimits limits) {
    this.limits = limits;
    this.deadline = new Deadline(limits.timeout().toMillis());
  }

  /**
   * A budget of {@code limits} starting now.
   *
   * @throws AtsException {@code request.cancelled} when the thread is already interrupted
   */
  public static ReadBudget start(AtsLimits limits) {
    ReadBudget budget = new ReadBudget(limits);
    budget.deadline.checkNow();
    return budget;
  }

  /** The limits this budget was made from. */
  public AtsLimits limits() {
    return limits;
  }

  /** The deadline, for readers that take only that. */
  public Deadline deadline() {
    return deadline;
  }

  /** For hot loops: throws once the time is up or the work was cancelled (looks now and then). */
  public void check() {
    deadline.check();
  }

  /** Between stages: throws when the time is up or the work was cancelled, looking now. */
  public void checkNow() {
    deadline.checkNow();
  }

  /**
   * Counts one table row of {@code file}, checking the deadline as well.
   *
   * @throws AtsException {@code file.too-many-rows}, naming the cap, when the file's tables hold
   *     more rows than the limit
   */
  public void row(String file) {
    deadline.check();
    if (++rows > limits.maxRows()) {
      throw AtsException.rejected(
          "file.too-many-rows",
          "the tables hold more than " + limits.maxRows() + " rows (the limit was passed in "
              + file + "), the most one file may hold; no resume needs that many, so reading"
              + " stopped there and the file was refused");
    }
  }
}
