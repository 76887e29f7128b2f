package planted.mystery.control;

/** Planted: a class of a feature that has no floor. */
public class Unplaced {
}
