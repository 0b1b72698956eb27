package dev.faultline.analysis.internal;

import java.util.Set;

/**
 * Module names of kernel drivers that ship with Windows 10 and 11 (a common subset, not every
 * in-box driver): a driver outside this list and without a Microsoft signer counts as third-party.
 */
public final class InboxDrivers {

    public static final Set<String> NAMES = Set.of("1394ohci", "3ware", "acpi", "acpidev", "acpiex", "acpipagr", "acpipmi", "acpitime",
            "adp80xx", "afd", "afunix", "ahcache", "amdgpio2", "amdi2c", "amdk8", "amdppm", "amdsata", "amdsbs", "amdxata", "appid",
            "applockerfltr", "arcsas", "asyncmac", "atapi", "b06bdrv", "bam", "basicdisplay", "basicrender", "beep", "bindflt",
            "bowser", "bthenum", "bthmini", "bthport", "bthusb", "bttflt", "buttonconverter", "cdfs", "cdrom", "cht4iscsi", "cimfs",
            "circlass", "cldflt", "clfs", "cmbatt", "cng", "cnghwassist", "compositebus", "condrv", "csc", "dam", "dfsc", "disk",
            "dxgkrnl", "ebdrv", "exfat", "fastfat", "fdc", "filecrypt", "fileinfo", "filetrace", "flpydisk", "fltmgr", "fsdepends",
            "fvevol", "gencounter", "genericusbfn", "gpuenergydrv", "hdaudbus", "hidbth", "hidclass", "hidi2c", "hidinterrupt",
            "hidparse", "hidusb", "hvcrash", "hvservice", "hwpolicy", "hyperkbd", "hypervideo", "i8042prt", "iastorav", "iastorv",
            "intelide", "intelpep", "intelppm", "iorate", "ipfltdrv", "iphlpsvc", "ipnat", "ipt", "isapnp", "iscsiprt", "kbdclass",
            "kbdhid", "kdnic", "ksecdd", "ksecpkg", "ksthunk", "lsi_sas", "lsi_sas2i", "lsi_sas3i", "luafv", "megasas", "megasr",
            "mmcss", "modem", "monitor", "mouclass", "mouhid", "mountmgr", "mpsdrv", "mrxdav", "mrxsmb", "mrxsmb20", "msahci",
            "msdsm", "msfs", "msgpioclx", "mshidkmdf", "msisadrv", "mskssrv", "mslldp", "mspclock", "mspqm", "msquic", "mssecflt",
            "mssmbios", "mstee", "mup", "mvumis", "ndfltr", "ndis", "ndiscap", "ndistapi", "ndisuio", "ndiswan", "ndproxy", "netbios",
            "netbt", "npfs", "npsvctrig", "nsiproxy", "ntfs", "null", "nvdimm", "nvraid", "nvstor", "parport", "partmgr", "pci",
            "pciide", "pcmcia", "pcw", "pdc", "peauth", "percsas2i", "percsas3i", "pktmon", "pmem", "processor", "psched", "qwavedrv",
            "ramdisk", "rasacd", "rasagilevpn", "rasl2tp", "raspppoe", "rassstp", "rdbss", "rdpbus", "rdpdr", "rdyboost", "refs",
            "refsv1", "rfcomm", "rspndr", "sbp2port", "scfilter", "scmbus", "sdbus", "sdstor", "serenum", "serial", "sermouse",
            "sfloppy", "sgrmagent", "sisraid2", "sisraid4", "smbdirect", "spaceport", "spbcx", "srv2", "srvnet", "stexstor",
            "storahci", "storflt", "stornvme", "storqosflt", "storufs", "storvsc", "swenum", "tcpip", "tcpip6", "tcpipreg", "tdx",
            "terminpt", "tpm", "tsusbflt", "tsusbgd", "tunnel", "uaspstor", "ucx01000", "udecx", "udfs", "uefi", "ufx01000",
            "ugatherer", "umbus", "umpass", "urschipidea", "urssynopsys", "usbccgp", "usbehci", "usbhub", "usbhub3", "usbohci",
            "usbprint", "usbstor", "usbuhci", "usbxhci", "vdrvroot", "verifierext", "vhdmp", "vhf", "vmbus", "vmgid", "volmgr",
            "volmgrx", "volsnap", "volume", "vpci", "vsmraid", "vwifibus", "wacompen", "wanarp", "wanarpv6", "wcifs", "wcnfs", "wdboot",
            "wd", "wdfilter", "wdnisdrv", "wfplwfs", "wimmount", "windowstrusteddriver", "windowstrustedrtproxy", "winmad", "winnat",
            "winquic", "winverbs", "wmiacpi", "wof", "wpdupfltr", "ws2ifsl", "wtd", "wudfpf", "wudfrd", "xboxgip", "xinputhid");

    private InboxDrivers() {
    }
}
