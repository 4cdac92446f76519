package org.peercert.authoring;

/** A curriculum validator problem in a draft; {@code path} is relative to the course root (e.g. modules/01-x/quiz.yaml). */
public record DraftProblem(String path, int line, String message) {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
