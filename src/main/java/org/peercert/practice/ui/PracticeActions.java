package org.peercert.practice.ui;

import org.peercert.practice.PracticeStep;

/** What a kind's panel can ask of the practice view: autosave a step, and finish the attempt. */
interface PracticeActions {

    /** Saves the step; false (with the reason shown) when the engine refused it. */
    boolean save(PracticeStep step);

    void finish();
}
