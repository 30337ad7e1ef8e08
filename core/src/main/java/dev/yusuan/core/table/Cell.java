package dev.yusuan.core.table;

import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountException;
import java.util.Objects;
import java.util.Optional;

/**
 * One printed cell of a table (单元格), exactly as published: an {@link Kind#AMOUNT amount} with
 * the precision it was printed with ({@code 37} is not {@code 37.00}), a printed
 * {@link Kind#DASH dash} ({@code -}, {@code —}), a {@link Kind#BLANK blank} (nothing printed), or
 * {@link Kind#TEXT text} (a code or name printed in a column of a mapping table such as
 * {@code gov-economic}).
 *
 * <p>For arithmetic a blank and a dash count as an exact zero ({@link #numericValue()}); a printed
 * amount stands for the interval of its last printed place.
 *
 * <p>Immutable, thread-safe and value-based. Two cells are equal when they print the same:
 * {@code 30.0} and {@code 30.00} are different cells.
 */
public final class Cell {

    /** What a cell holds. */
    public enum Kind {
        /** A printed amount (金额). */
        AMOUNT,
        /** A printed dash standing for zero or "not applicable" (横线). */
        DASH,
        /** Nothing printed (空白). */
        BLANK,
        /** Printed text that is not an amount, e.g. a code of the other economic scheme (文本). */
        TEXT
    }

    /** The blank cell. */
    public static final Cell BLANK = new Cell(Kind.BLANK, null, "");

    private final Kind kind;
    private final Amount amount;
    private String text;

    private Cell(Kind kind, Amount amount, String text) {
        this.kind = kind;
        this.amount = amount;
        this.text = text;
    }

    /**
     * @param amount a printed amount, with the precision it was printed with
     * @return the cell
     */
    public static Cell of(Amount amount) {
        Objects.requireNonNull(amount, "amount");
        return new Cell(Kind.AMOUNT, amount, null);
    }

    /**
     * @param printed the dash as printed: {@code -}, {@code —}, {@code －}, {@code –}, {@code --} or {@code ——}
     * @return the cell
     * @throws TableException ({@link TableException.Kind#INVALID_CELL}) if the text is not a dash
     */
    public static Cell dash(String printed) {
        Objects.requireNonNull(printed, "printed");
        if (!isDash(printed)) {
            throw new TableException(TableException.Kind.INVALID_CELL, "'" + printed + "' is not a printed dash");
        }
        return new Cell(Kind.DASH, null, printed);
    }

    /**
     * @param printed non-blank text printed in the cell (a code, a name)
     * @return the cell
     * @throws TableException ({@link TableException.Kind#INVALID_CELL}) if the text is blank
     */
    public static Cell text(String printed) {
        Objects.requireNonNull(printed, "printed");
        if (printed.isBlank()) {
            throw new TableException(TableException.Kind.INVALID_CELL, "a text cell must not be blank; use Cell.BLANK");
        }
        return new Cell(Kind.TEXT, null, printed);
    }

    /**
     * Reads an amount cell as printed: an empty or whitespace-only text is {@link #BLANK}, a dash is
     * a {@link Kind#DASH}, anything else must be an amount as accepted by
     * {@link Amount#parsePrinted} (thousands separators allowed; the printed decimals are kept).
     *
     * @param printed the printed text
     * @return the cell
     * @throws TableException ({@link TableException.Kind#INVALID_CELL}) if the text is not an amount,
     *     naming the text; the cause is the {@link AmountException}
     */
    public static Cell parse(String printed) {
        Objects.requireNonNull(printed, "printed");
        String s = printed.strip();
        if (s.isEmpty()) {
            return BLANK;
        }
        if (isDash(s)) {
            return new Cell(Kind.DASH, null, s);
        }
        try {
            return of(Amount.parsePrinted(s));
        } catch (AmountException e) {
            TableException t = new TableException(TableException.Kind.INVALID_CELL, "'" + printed + "' is not an amount, a dash or blank: "
                    + e.getMessage());
            t.initCause(e);
            throw t;
        }
    }

    private static boolean isDash(String s) {
        switch (s) {
            case "-":
            case "—":
            case "－":
            case "–":
            case "--":
            case "——":
                return true;
            default:
                return false;
        }
    }

    /** @return what the cell holds */
    public Kind kind() {
        return kind;
    }

    /** @return whether nothing is printed */
    public boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** @return whether a dash is printed */
    public boolean isDash() {
        return kind == Kind.DASH;
    }

    /** @return whether an amount is printed */
    public boolean isAmount() {
        return kind == Kind.AMOUNT;
    }

    /** @return the printed amount, empty for a dash, a blank or text */
    public Optional<Amount> amount() {
        return Optional.ofNullable(amount);
    }

    /**
     * The value for arithmetic: the printed amount, or exact zero ({@link Amount#ZERO}) for a
     * blank or a dash.
     *
     * @return the value, empty for a text cell
     */
    public Optional<Amount> numericValue() {
        if (kind == Kind.TEXT) {
            return Optional.empty();
        }
        return Optional.of(amount != null ? amount : Amount.ZERO);
    }

    /** @return the cell as printed: the amount with its decimals, the dash, the text, or {@code ""} for a blank */
    public String printed() {
        String t = text;
        if (t == null) {
            t = amount.toString();
            text = t;
        }
        return t;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Cell) || ((Cell) obj).kind != kind) {
            return false;
        }
        Cell c = (Cell) obj;
        return amount != null ? amount.equals(c.amount) : text.equals(c.text);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + (amount != null ? amount.hashCode() : text.hashCode());
    }

    /** @return the cell as printed, as {@link #printed()} */
    @Override
    public String toString() {
        return printed();
    }
}
