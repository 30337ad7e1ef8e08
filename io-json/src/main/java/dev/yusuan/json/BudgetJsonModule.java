package dev.yusuan.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.yusuan.json.internal.ModuleSetup;

/**
 * The Jackson module of the yusuan JSON format: serializers, deserializers and map-key
 * (de)serializers for every public value type of the core model, written exactly as
 * {@code FORMAT.md} describes them.
 *
 * <ul>
 *   <li>codes ({@code FunctionCode}, the two economic codes, {@code RevenueCode}, and
 *       {@code ClassificationCode}, whose scheme is told from the leading digit): JSON strings,
 *       also as map keys;</li>
 *   <li>{@code Amount}: a JSON string holding a plain decimal with its printed scale
 *       ({@code "30.0"} stays {@code 30.0}); JSON numbers are refused;</li>
 *   <li>enums: their constant names, except fund sources, spending types and table kinds, which
 *       use their vocabulary ids ({@code general-public-budget}, {@code basic/personnel},
 *       {@code budget/summary});</li>
 *   <li>units, entities, catalog editions and entries, table parts, published statements,
 *       ledger headers, lines, balances and ledgers, locations, findings and reports.</li>
 * </ul>
 *
 * <p>Documents ({@code PublishedStatement}, {@code Ledger}, {@code Report}) are read and written
 * with their envelope ({@code "format": "yusuan/1"}, {@code "type"}). A value that is not valid
 * raises {@link JsonFormatException}, possibly wrapped by Jackson in a
 * {@code JsonMappingException} when it sits inside another object; {@link YusuanJson} unwraps it.
 * Core carries no Jackson annotations. Registered as a service, so
 * {@code ObjectMapper.findAndRegisterModules()} finds it; {@link YusuanJson#mapper()} gives a
 * strict mapper with it registered.
 *
 * <p>Immutable in use (it has no options); thread-safe.
 */
public final class BudgetJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "dev.yusuan", "yusuan-io-json");

    /** Creates the module. */
    public BudgetJsonModule() {
        super("yusuan-json", VERSION);
        ModuleSetup.register(this);
    }

    @Override
    public Object getTypeId() {
        return BudgetJsonModule.class.getName();
    }
}
