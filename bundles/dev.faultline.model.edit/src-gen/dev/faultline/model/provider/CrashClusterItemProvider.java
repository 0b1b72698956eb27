/**
 */
package dev.faultline.model.provider;


import dev.faultline.model.CrashCluster;
import dev.faultline.model.FaultlinePackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.faultline.model.CrashCluster} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CrashClusterItemProvider extends CausalNodeItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CrashClusterItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addSignaturePropertyDescriptor(object);
			addFirstSeenPropertyDescriptor(object);
			addLastSeenPropertyDescriptor(object);
			addCrashCountPropertyDescriptor(object);
			addMembersPropertyDescriptor(object);
			addClusterKeyPropertyDescriptor(object);
			addBugcheckCodePropertyDescriptor(object);
			addFaultingModulePropertyDescriptor(object);
			addFailureBucketPropertyDescriptor(object);
			addHostCountPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashCluster_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashCluster_name_feature", "_UI_CrashCluster_type"),
				 FaultlinePackage.Literals.CRASH_CLUSTER__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Signature feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSignaturePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashCluster_signature_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashCluster_signature_feature", "_UI_CrashCluster_type"),
				 FaultlinePackage.Literals.CRASH_CLUSTER__SIGNATURE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the First Seen feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFirstSeenPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashCluster_firstSeen_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashCluster_firstSeen_feature", "_UI_CrashCluster_type"),
				 FaultlinePackage.Literals.CRASH_CLUSTER__FIRST_SEEN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Seen feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastSeenPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashCluster_lastSeen_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashCluster_lastSeen_feature", "_UI_CrashCluster_type"),
				 FaultlinePackage.Literals.CRASH_CLUSTER__LAST_SEEN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Crash Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCrashCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashCluster_crashCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashCluster_crashCount_feature", "_UI_CrashCluster_type"),
				 FaultlinePackage.Literals.CRASH_CLUSTER__CRASH_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Members feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMembersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashCluster_members_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashCluster_members_feature", "_UI_CrashCluster_type"),
				 FaultlinePackage.Literals.CRASH_CLUSTER__MEMBERS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cluster Key feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClusterKeyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashCluster_clusterKey_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashCluster_clusterKey_feature", "_UI_CrashCluster_type"),
				 FaultlinePackage.Literals.CRASH_CLUSTER__CLUSTER_KEY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Bugcheck Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBugcheckCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashCluster_bugcheckCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashCluster_bugcheckCode_feature", "_UI_CrashCluster_type"),
				 FaultlinePackage.Literals.CRASH_CLUSTER__BUGCHECK_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Faulting Module feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFaultingModulePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashCluster_faultingModule_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashCluster_faultingModule_feature", "_UI_CrashCluster_type"),
				 FaultlinePackage.Literals.CRASH_CLUSTER__FAULTING_MODULE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Failure Bucket feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFailureBucketPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashCluster_failureBucket_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashCluster_failureBucket_feature", "_UI_CrashCluster_type"),
				 FaultlinePackage.Literals.CRASH_CLUSTER__FAILURE_BUCKET,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Host Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHostCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashCluster_hostCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashCluster_hostCount_feature", "_UI_CrashCluster_type"),
				 FaultlinePackage.Literals.CRASH_CLUSTER__HOST_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns CrashCluster.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CrashCluster"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CrashCluster)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CrashCluster_type") :
			getString("_UI_CrashCluster_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(CrashCluster.class)) {
			case FaultlinePackage.CRASH_CLUSTER__NAME:
			case FaultlinePackage.CRASH_CLUSTER__SIGNATURE:
			case FaultlinePackage.CRASH_CLUSTER__FIRST_SEEN:
			case FaultlinePackage.CRASH_CLUSTER__LAST_SEEN:
			case FaultlinePackage.CRASH_CLUSTER__CRASH_COUNT:
			case FaultlinePackage.CRASH_CLUSTER__CLUSTER_KEY:
			case FaultlinePackage.CRASH_CLUSTER__BUGCHECK_CODE:
			case FaultlinePackage.CRASH_CLUSTER__FAULTING_MODULE:
			case FaultlinePackage.CRASH_CLUSTER__FAILURE_BUCKET:
			case FaultlinePackage.CRASH_CLUSTER__HOST_COUNT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
