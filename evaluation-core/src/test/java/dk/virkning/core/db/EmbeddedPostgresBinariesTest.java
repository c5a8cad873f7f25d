package dk.virkning.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tukaani.xz.XZInputStream;

/**
 * The embedded database only starts where the jar carries a PostgreSQL archive that zonky picks for the
 * platform; a missing one shows up as "Missing embedded postgres binaries" on a user's machine, so the
 * supported platforms listed in the README are checked here against zonky's own lookup.
 */
class EmbeddedPostgresBinariesTest {

    private static final int XZ_MAGIC_LENGTH = 6;
    private static final byte[] XZ_MAGIC = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0};
    private static final int CPU_TYPE_ARM64 = 0x0100000C;
    private static final int FAT_MAGIC = 0xCAFEBABE;
    private static final int MH_MAGIC_64_SWAPPED = 0xCFFAEDFE;

    /**
     * System and machine as zonky's EmbeddedPostgres hands them to the resolver: Linux, Darwin or Windows,
     * and os.arch with amd64 renamed x86_64 (an Apple-silicon or arm64 JDK reports aarch64).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Linux x86-64,        Linux,   x86_64",
            "Linux arm64,         Linux,   aarch64",
            "macOS Intel,         Darwin,  x86_64",
            "macOS Apple silicon, Darwin,  aarch64",
            "Windows x86-64,      Windows, x86_64",
    })
    void zonkyFindsAnArchiveForEverySupportedPlatform(String platform, String system, String machine)
            throws IOException {
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machine)) {
            assertThat(archive.readNBytes(XZ_MAGIC_LENGTH)).as(platform).isEqualTo(XZ_MAGIC);
        }
    }

    /**
     * Zonky tries the distribution-specific archive first, named after /etc/os-release's NAME; the
     * resolver reads that from the machine it runs on, so Alpine's name is spelled out here.
     */
    @Test
    void alpineLinuxHasItsOwnMuslArchive() throws IOException {
        String name = zonkyResourceName("Linux", "x86_64", "Alpine Linux");

        assertThat(name).isEqualTo("postgres-linux-x86_64-alpine_linux.txz");
        // More than one copy makes zonky refuse to start, so exactly one.
        assertThat(resources(name)).hasSize(1);
    }

    /**
     * No macOS arm64 artifact is shipped (it would add about 62 MB): zonky falls back to the x86-64
     * archive on Apple silicon, and that only runs without Rosetta while its postgres is a universal
     * binary with an arm64 slice.
     */
    @Test
    void appleSiliconGetsANativeArm64Postgres() throws IOException {
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Darwin", "aarch64")) {
            assertThat(machOCpuTypes(entry(archive, "bin/postgres")))
                    .as("Mach-O CPU types of bin/postgres (arm64 is %d)", CPU_TYPE_ARM64)
                    .contains(CPU_TYPE_ARM64);
        }
    }

    /** Zonky's DefaultPostgresBinaryResolver: postgres-system-architecture[-distribution].txz, lower case, spaces as _. */
    private static String zonkyResourceName(String system, String architecture, String distribution) {
        String name = "postgres-%s-%s-%s.txz".formatted(system, architecture, distribution);
        return name.replace(' ', '_').toLowerCase(Locale.ROOT);
    }

    private static List<URL> resources(String name) throws IOException {
        return Collections.list(DefaultPostgresBinaryResolver.class.getClassLoader().getResources(name));
    }

    private static byte[] entry(InputStream txz, String path) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(txz));
        for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
            if (e.getName().equals(path) && e.isFile()) {
                return tar.readNBytes(4096);
            }
        }
        throw new AssertionError(path + " is not in the archive");
    }

    /** CPU types of a Mach-O file: the slices of a universal (fat) binary, or the one of a thin 64-bit one. */
    private static List<Integer> machOCpuTypes(byte[] header) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(header));
        int magic = in.readInt();
        List<Integer> types = new ArrayList<>();
        if (magic == FAT_MAGIC) {
            int slices = in.readInt();
            for (int i = 0; i < slices; i++) {
                types.add(in.readInt());
                in.skipNBytes(16);
            }
        } else if (magic == MH_MAGIC_64_SWAPPED) {
            types.add(Integer.reverseBytes(in.readInt()));
        } else {
            throw new AssertionError("not a Mach-O file: magic %08x".formatted(magic));
        }
        return types;
    }
}
